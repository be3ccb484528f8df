package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.communityhub.area.AreaService;
import org.communityhub.dispatch.DispatchHistory;
import org.communityhub.intake.IntakeService;
import org.communityhub.organisations.Organisation;
import org.communityhub.organisations.OrganisationKind;
import org.communityhub.organisations.OrganisationService;
import org.communityhub.organisations.OrganisationValidationException;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.security.StaffGroups;
import org.communityhub.security.StaffWebSecurityConfig;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.Skill;
import org.communityhub.volunteers.VolunteerApplicationValidator;
import org.communityhub.volunteers.VolunteerCsvImport;
import org.communityhub.volunteers.VolunteerDetails;
import org.communityhub.volunteers.VolunteerRegister;
import org.communityhub.volunteers.DbsCheckService;
import org.communityhub.volunteers.VolunteerService;
import org.communityhub.volunteers.VolunteerSignUp;
import org.communityhub.volunteers.VolunteerStatus;
import org.communityhub.volunteers.VolunteerValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The volunteer coordinators' desk pages with the real security rules, templates, sign-up checks
 * and CSV import, and the register, volunteers' store and organisations stood in for: every staff
 * group against every page and action (only coordinators and admin), refusals before anything is
 * looked up, and bad input answered with the error summary and nothing stored.
 */
@WebMvcTest(controllers = {VolunteersDeskController.class, OrganisationsDeskController.class})
@Import({StaffWebSecurityConfig.class, DeskLayout.class, DeskFormat.class, VolunteerSignUp.class,
    VolunteerApplicationValidator.class, VolunteerCsvImport.class, VolunteerDeskAuthorizationTest.FixedClock.class})
class VolunteerDeskAuthorizationTest {

  @TestConfiguration
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("Europe/London"));
    }
  }

  @Autowired MockMvc mvc;
  @MockitoBean IdentityService identityService;
  @MockitoBean VolunteerRegister register;
  @MockitoBean VolunteerService volunteers;
  @MockitoBean DbsCheckService dbsChecks;
  @MockitoBean DispatchHistory dispatch;
  @MockitoBean IntakeService intake;
  @MockitoBean AreaService area;
  @MockitoBean OrganisationService organisations;

  @BeforeEach
  void oneVolunteerAndOneOrganisation() {
    when(area.districtCodes()).thenReturn(List.of("WA10", "WA9"));
    when(area.isDistrict("WA10")).thenReturn(true);
    when(area.isDistrict("WA9")).thenReturn(true);
    when(area.label(anyString())).thenAnswer(call -> "District " + call.getArgument(0));
    VolunteerDetails ola = new VolunteerDetails(1L, "V-000001", "Ola", "Nowak", "ola.nowak@example.org",
        "07700900401", "WA10", List.of("WA10", "WA9"), List.of("SHOPPING"), List.of("MONDAY"),
        VolunteerStatus.ACTIVE, true, DbsLevel.BASIC, LocalDate.of(2025, 3, 1), LocalDate.of(2028, 3, 1));
    when(volunteers.details(1L)).thenReturn(Optional.of(ola));
    when(volunteers.details(999L)).thenReturn(Optional.empty());
    when(dispatch.forVolunteer(1L)).thenReturn(new DispatchHistory.VolunteerWork(List.of(), List.of()));
    when(register.search(any(), anyInt())).thenReturn(new VolunteerRegister.Page(List.of(new VolunteerRegister.Entry(
        1L, "V-000001", "Ola", "Nowak", "WA10", List.of(Skill.SHOPPING), VolunteerStatus.ACTIVE,
        VolunteerRegister.DbsState.VALID, LocalDate.of(2028, 3, 1), null)), 1, 1));
    Organisation pantry = new Organisation(1L, "Prescot Pantry", OrganisationKind.CHARITY, null, "01632960200", null,
        List.of("SHOPPING"), 3, 2, List.of("WA10"));
    when(organisations.all()).thenReturn(List.of(pantry));
    when(organisations.find(1L)).thenReturn(Optional.of(pantry));
    when(organisations.record(any())).thenReturn(1L);
  }

  /** Every page and action, and what a coordinator (or admin) gets: shown, sent on, or not found. */
  private static Map<String, Integer> coordinatorsGet() {
    Map<String, Integer> pages = new LinkedHashMap<>();
    pages.put("GET /staff/volunteers", 200);
    pages.put("GET /staff/volunteers?district=WA10&dbs=EXPIRED&idleDays=30", 200);
    pages.put("GET /staff/volunteers/1", 200);
    pages.put("GET /staff/volunteers/V-000001", 200);
    pages.put("GET /staff/volunteers/999", 404);
    pages.put("GET /staff/volunteers/new", 200);
    pages.put("GET /staff/volunteers/import", 200);
    pages.put("POST /staff/volunteers/1/pause", 302);
    pages.put("POST /staff/volunteers/1/resume", 302);
    pages.put("POST /staff/volunteers/1/leave", 302);
    pages.put("POST /staff/volunteers/1/dbs-checks", 302);
    pages.put("POST /staff/volunteers/new", 302);
    pages.put("POST /staff/volunteers/import", 302);
    pages.put("GET /staff/organisations", 200);
    pages.put("GET /staff/organisations/new", 200);
    pages.put("GET /staff/organisations/1", 200);
    pages.put("POST /staff/organisations/new", 302);
    pages.put("POST /staff/organisations/1", 302);
    return pages;
  }

  private static MockHttpServletRequestBuilder request(String page) {
    String[] parts = page.split(" ");
    String url = parts[1];
    if (parts[0].equals("GET")) {
      return get(url);
    }
    MockHttpServletRequestBuilder post = switch (url) {
      case "/staff/volunteers/import" -> multipart(url).file(new MockMultipartFile("file", "signups.csv", "text/csv",
          (HEADER + "Sean,Obrien,sean@example.org,,WA10,,SHOPPING,SAT,,\n").getBytes(StandardCharsets.UTF_8)));
      case "/staff/volunteers/new" -> post(url).param("firstName", "Rhys").param("lastName", "Evans")
          .param("email", "rhys@example.org").param("homeDistrict", "WA10").param("skills", "SHOPPING")
          .param("availableDays", "SATURDAY").param("dbsLevel", "NONE");
      case "/staff/organisations/new" -> post(url).param("name", "Pantry").param("kind", "CHARITY")
          .param("contactPhone", "01632 960200").param("offers", "SHOPPING").param("capacity", "3")
          .param("districts", "WA10");
      default -> post(url).param("reason", "Moved away").param("capacity", "4").param("dbsLevel", "BASIC")
          .param("certificateNumber", "001234567890").param("dbsIssuedOn", "01/02/2026");
    };
    return post.with(csrf());
  }

  static final String HEADER = "first_name,last_name,email,phone,home_district,travel_districts,skills,available_days,"
      + "dbs_level,dbs_issued_on\n";

  @Test
  void onlyVolunteerCoordinatorsAndAdminReachTheVolunteerAndOrganisationPages() throws Exception {
    List<String> groups = new ArrayList<>();
    for (StaffGroups group : StaffGroups.values()) {
      groups.add(group.id());
    }
    groups.add(StaffGroups.ADMINS);
    for (String group : groups) {
      boolean allowed = group.equals(StaffGroups.VOLUNTEER_COORDINATORS.id()) || group.equals(StaffGroups.ADMINS);
      for (var page : coordinatorsGet().entrySet()) {
        MvcResult result = mvc.perform(request(page.getKey()).with(member(group))).andReturn();
        assertThat(result.getResponse().getStatus()).as(group + " " + page.getKey())
            .isEqualTo(allowed ? page.getValue() : 403);
      }
    }
  }

  @Test
  void aCallHandlerIsRefusedTheRegisterAndAVolunteersPageBeforeAnythingIsLookedUp() throws Exception {
    var handler = member(StaffGroups.CALL_HANDLERS.id());
    MvcResult existing = mvc.perform(get("/staff/volunteers/1").with(handler)).andReturn();
    MvcResult missing = mvc.perform(get("/staff/volunteers/999").with(handler)).andReturn();
    MvcResult registerPage = mvc.perform(get("/staff/volunteers?district=WA10").with(handler)).andReturn();
    assertThat(existing.getResponse().getStatus()).isEqualTo(403).isEqualTo(missing.getResponse().getStatus())
        .isEqualTo(registerPage.getResponse().getStatus());
    assertThat(existing.getResponse().getContentAsString()).isEqualTo(missing.getResponse().getContentAsString())
        .doesNotContain("Ola", "Nowak", "ola.nowak@example.org");
    mvc.perform(request("POST /staff/volunteers/1/leave").with(handler));
    verifyNoInteractions(volunteers, register, dispatch, organisations);
  }

  @Test
  void signedOutVisitorsAreSentToSignIn() throws Exception {
    for (String page : List.of("/staff/volunteers", "/staff/volunteers/1", "/staff/organisations")) {
      MvcResult result = mvc.perform(get(page)).andReturn();
      assertThat(result.getResponse().getStatus()).as(page).isEqualTo(302);
      assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }
    verifyNoInteractions(volunteers, register);
  }

  @Test
  void theRegisterShowsPlainWordsAndRefusesFiltersItCannotUse() throws Exception {
    String page = mvc.perform(get("/staff/volunteers").with(coordinator())).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("Ola Nowak", "Shopping", "Active", "Valid", "Never", "1 volunteer")
        .doesNotContain(">SHOPPING<", ">ACTIVE<");
    org.mockito.Mockito.clearInvocations(register);

    for (String bad : List.of("idleDays=a%20month", "idleDays=0", "district=ZZ1", "dbs=SOON", "status=ASLEEP")) {
      MvcResult result = mvc.perform(get("/staff/volunteers?" + bad).with(coordinator())).andReturn();
      assertThat(result.getResponse().getStatus()).as(bad).isEqualTo(400);
      assertThat(result.getResponse().getContentAsString()).as(bad).contains("There is a problem", "govuk-error-message");
    }
    verify(register, never()).search(any(), anyInt());
  }

  @Test
  void aVolunteerWithMistakesIsNotAddedAndEachFieldSaysWhatToType() throws Exception {
    MvcResult result = mvc.perform(post("/staff/volunteers/new").param("firstName", "").param("lastName", "Evans")
        .param("email", "not-an-email").param("homeDistrict", "WA10").param("dbsLevel", "BASIC")
        .with(coordinator()).with(csrf())).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentAsString()).contains("There is a problem",
        "Enter the volunteer&#39;s first name", "Enter an email address like name@example.org",
        "Choose at least one way the volunteer will help", "Choose at least one day the volunteer can help",
        "Enter the date the DBS certificate was issued", "href=\"#firstName\"", "href=\"#skills\"", "id=\"skills\"",
        "value=\"Evans\"");
    verify(volunteers, never()).apply(any());
  }

  @Test
  void aFileWithoutTheNeededColumnsIsRefusedWholeAndNobodyIsAdded() throws Exception {
    MvcResult result = mvc.perform(multipart("/staff/volunteers/import").file(new MockMultipartFile("file",
        "list.csv", "text/csv", "name,email\nOla,ola@example.org\n".getBytes(StandardCharsets.UTF_8)))
        .with(coordinator()).with(csrf())).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentAsString()).contains("There is a problem", "The file was not imported",
        "first_name", "Nobody was added", "href=\"#file\"");
    MvcResult none = mvc.perform(multipart("/staff/volunteers/import").with(coordinator()).with(csrf())).andReturn();
    assertThat(none.getResponse().getStatus()).isEqualTo(400);
    assertThat(none.getResponse().getContentAsString()).contains("Choose a CSV file of sign-ups to upload");
    verify(volunteers, never()).apply(any());
  }

  @Test
  void theUploadReportNamesEachRefusedRowAndColumnOnTheNextPage() throws Exception {
    when(volunteers.apply(any())).thenReturn(41L);
    MvcResult uploaded = mvc.perform(multipart("/staff/volunteers/import").file(new MockMultipartFile("file",
        "signups.csv", "text/csv", (HEADER + "Ola,Nowak,ola@example.org,,WA10,,SHOPPING,MON,,\n"
            + "Bad,Row,not-an-email,,WA10,,SHOPPING,MON,,\n").getBytes(StandardCharsets.UTF_8)))
        .with(coordinator()).with(csrf())).andReturn();
    assertThat(uploaded.getResponse().getRedirectedUrl()).isEqualTo("/staff/volunteers/import");
    String report = mvc.perform(get("/staff/volunteers/import").with(coordinator())
        .flashAttrs(uploaded.getFlashMap())).andReturn().getResponse().getContentAsString();
    assertThat(report).contains("signups.csv is read: 1 added, 0 already registered, 1 not added.", "Rows not added",
        ">3<", ">email<", "Enter an email address like name@example.org", "V-000041");
  }

  @Test
  void aVolunteersPageShowsTheirChecksAndAWrongDbsCheckIsShownBesideItsField() throws Exception {
    String page = mvc.perform(get("/staff/volunteers/1").with(coordinator())).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("Ola Nowak", "ola.nowak@example.org", "Basic", "issued", "1 March 2025", "1 March 2028",
        "No offers yet", "id=\"pause\"").doesNotContain("id=\"resume\"");

    doThrow(new VolunteerValidationException(List.of(new FieldError("dbsLevel", "choose BASIC or ENHANCED"),
        new FieldError("certificateNumber", "Enter the certificate number: the 12 digits on the DBS certificate"))))
        .when(dbsChecks).recordNewDbsCheck(eq(1L), any(), any(), any());
    MvcResult wrong = mvc.perform(post("/staff/volunteers/1/dbs-checks").param("certificateNumber", "12")
        .param("dbsIssuedOn", "01/02/2026").with(coordinator()).with(csrf())).andReturn();
    assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
    assertThat(wrong.getResponse().getContentAsString()).contains("There is a problem",
        "Choose the level of the DBS check: basic or enhanced", "href=\"#dbsLevel\"", "id=\"dbsLevel\"",
        "the 12 digits on the DBS certificate", "value=\"01/02/2026\"").doesNotContain("BASIC or ENHANCED");

    doThrow(new VolunteerValidationException("reason", "Enter why the volunteer is leaving"))
        .when(volunteers).leave(1L, "");
    MvcResult noReason = mvc.perform(post("/staff/volunteers/1/leave").param("reason", "").with(coordinator())
        .with(csrf())).andReturn();
    assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
    assertThat(noReason.getResponse().getContentAsString()).contains("Enter why the volunteer is leaving",
        "href=\"#reason\"");
  }

  @Test
  void aDoneActionSaysWhatWasDoneOnTheVolunteersPage() throws Exception {
    MvcResult paused = mvc.perform(post("/staff/volunteers/1/pause").with(coordinator()).with(csrf())).andReturn();
    verify(volunteers).pause(1L);
    assertThat(paused.getResponse().getRedirectedUrl()).isEqualTo("/staff/volunteers/1");
    String page = mvc.perform(get("/staff/volunteers/1").with(coordinator()).flashAttrs(paused.getFlashMap()))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("govuk-notification-banner--success", "Ola Nowak is paused");
  }

  @Test
  void organisationsShowPlacesInUseAndFreeAndACapacityBelowThemIsRefused() throws Exception {
    String list = mvc.perform(get("/staff/organisations").with(coordinator())).andReturn().getResponse()
        .getContentAsString();
    assertThat(list).contains("Prescot Pantry", "Charity", "Shopping", ">1<", ">2<");

    doThrow(new OrganisationValidationException("capacity", "It has 1 requests in hand now: enter at least that many"))
        .when(organisations).changeCapacity(1L, 0);
    MvcResult tooFew = mvc.perform(post("/staff/organisations/1").param("capacity", "0").with(coordinator())
        .with(csrf())).andReturn();
    assertThat(tooFew.getResponse().getStatus()).isEqualTo(400);
    assertThat(tooFew.getResponse().getContentAsString()).contains("There is a problem", "enter at least that many",
        "href=\"#capacity\"", "value=\"0\"");

    doThrow(new OrganisationValidationException("kind", "use SHOP, BUSINESS, CHARITY or COMMUNITY_GROUP"))
        .when(organisations).record(any());
    MvcResult noKind = mvc.perform(post("/staff/organisations/new").param("name", "Pantry").with(coordinator())
        .with(csrf())).andReturn();
    assertThat(noKind.getResponse().getStatus()).isEqualTo(400);
    assertThat(noKind.getResponse().getContentAsString()).contains("Choose what kind of organisation it is",
        "value=\"Pantry\"").doesNotContain("COMMUNITY_GROUP or");
  }

  private static RequestPostProcessor coordinator() {
    return member(StaffGroups.VOLUNTEER_COORDINATORS.id());
  }

  private static RequestPostProcessor member(String group) {
    return user("coordinator").authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority(
        "GROUP_" + group));
  }
}
