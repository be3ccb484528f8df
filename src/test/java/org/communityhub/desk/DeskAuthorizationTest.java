package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.communityhub.intake.Channel;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.intake.RequestStatus;
import org.communityhub.intake.Urgency;
import org.communityhub.residents.ResidentDetails;
import org.communityhub.residents.ResidentService;
import org.communityhub.residents.ResidentSummary;
import org.communityhub.security.StaffAuthorities;
import org.communityhub.security.StaffGroups;
import org.communityhub.security.StaffWebSecurityConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who reaches which desk page, with the real security rules and templates and the features'
 * services stood in for: every staff group against every page, signed out, and with a partner's
 * token. A refused page is refused before anything is looked up, so it looks the same whether the
 * request or resident exists or not.
 */
@WebMvcTest(controllers = {DeskController.class, ResidentsController.class, AccessLogController.class,
    SignInController.class})
@Import({StaffWebSecurityConfig.class, DeskLayout.class, DeskFormat.class, RequestPageModel.class, NextStep.class})
class DeskAuthorizationTest {

  private static final String EXISTING = "HR-2026-000001";
  private static final String MISSING = "HR-2026-999999";

  @Autowired MockMvc mvc;
  @MockitoBean IdentityService identityService;
  @MockitoBean IntakeService intake;
  @MockitoBean ResidentService residents;
  @MockitoBean RequestTimeline timeline;
  @MockitoBean WorkflowFacts workflow;
  @MockitoBean AccessLog accessLog;
  @MockitoBean org.communityhub.area.AreaService area;

  @BeforeEach
  void oneResidentWithOneRequest() {
    HelpRequest request = mock(HelpRequest.class);
    when(request.getId()).thenReturn(7L);
    when(request.getReference()).thenReturn(EXISTING);
    when(request.getResidentId()).thenReturn(1L);
    when(request.getStatus()).thenReturn(RequestStatus.AWAITING_VOLUNTEER);
    // as Hibernate hands them back: in no particular order
    when(request.getNeeds()).thenReturn(new java.util.LinkedHashSet<>(List.of(Need.PRESCRIPTIONS, Need.FOOD)));
    when(request.getUrgency()).thenReturn(Urgency.URGENT);
    when(request.getChannel()).thenReturn(Channel.PHONE);
    when(request.getCreatedAt()).thenReturn(Instant.parse("2026-03-02T10:15:00Z"));
    when(intake.findByReference(EXISTING)).thenReturn(Optional.of(request));
    when(intake.findByReference(MISSING)).thenReturn(Optional.empty());
    when(intake.requestsOf(1L)).thenReturn(List.of(request));
    ResidentDetails winifred = new ResidentDetails("Winifred", "Atwell", LocalDate.of(1941, 3, 2), "01744456789",
        null, "14 Claughton Street", null, "St Helens", "WA10 1SN");
    when(residents.find(1L)).thenReturn(Optional.of(winifred));
    when(residents.find(2L)).thenReturn(Optional.empty());
    when(residents.search(any(), eq(ResidentsController.MAX_RESULTS + 1))).thenReturn(List.of(new ResidentSummary(1L, winifred)));
    when(timeline.of(any(), any(), any())).thenReturn(List.of(
        new TimelineEntry(Instant.parse("2026-03-02T10:15:00Z"), TimelineEntry.Kind.RECEIVED, "PHONE", null)));
    when(workflow.openTasks(EXISTING)).thenReturn(List.of());
  }

  /** Expected status of each page for each group: 200 shown, 403 refused, 404 shown as not found. */
  private static Map<String, Map<String, Integer>> matrix() {
    Map<String, Integer> casework = pages(200, 200, 404, 200, 200, 200, 404, 403);
    Map<String, Integer> noResidents = pages(200, 403, 403, 403, 403, 403, 403, 403);
    Map<String, Integer> dataProtection = pages(200, 403, 403, 403, 403, 403, 403, 200);
    Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
    for (StaffGroups group : StaffAuthorities.CASEWORK) {
      matrix.put(group.id(), casework);
    }
    matrix.put(StaffGroups.PROCESS_OWNERS.id(), noResidents);
    matrix.put(StaffGroups.DATA_PROTECTION.id(), dataProtection);
    matrix.put(StaffGroups.ADMINS, pages(200, 200, 404, 200, 200, 200, 404, 200));
    return matrix;
  }

  private static Map<String, Integer> pages(int... statuses) {
    List<String> urls = List.of("/staff", "/staff/requests/" + EXISTING, "/staff/requests/" + MISSING,
        "/staff/requests?reference=hr 2026 000001", "/staff/residents", "/staff/residents?search=&name=winifred",
        "/staff/residents/2", "/staff/access-log?resident=1");
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (int i = 0; i < urls.size(); i++) {
      expected.put(urls.get(i), statuses[i] == 200 && urls.get(i).contains("?reference=") ? 302 : statuses[i]);
    }
    return expected;
  }

  @Test
  void eachGroupReachesOnlyItsPages() throws Exception {
    for (var group : matrix().entrySet()) {
      for (var page : group.getValue().entrySet()) {
        MvcResult result = mvc.perform(get(page.getKey()).with(member(group.getKey()))).andReturn();
        assertThat(result.getResponse().getStatus()).as(group.getKey() + " " + page.getKey())
            .isEqualTo(page.getValue());
      }
    }
  }

  @Test
  void aStaffMemberInNoStaffGroupIsRefusedTheDesk() throws Exception {
    mvc.perform(get("/staff").with(user("someone").authorities(List.of()))).andExpect(status().isForbidden());
  }

  @Test
  void refusalsLookTheSameWhetherTheRequestExistsOrNot() throws Exception {
    var owner = member(StaffGroups.PROCESS_OWNERS.id());
    MvcResult existing = mvc.perform(get("/staff/requests/" + EXISTING).with(owner)).andReturn();
    MvcResult missing = mvc.perform(get("/staff/requests/" + MISSING).with(owner)).andReturn();
    assertThat(existing.getResponse().getStatus()).isEqualTo(403).isEqualTo(missing.getResponse().getStatus());
    assertThat(existing.getResponse().getContentAsString()).isEqualTo(missing.getResponse().getContentAsString());
    verify(intake, never()).findByReference(any());
    verify(accessLog, never()).recordViews(any(), any(), any(), any());
  }

  @Test
  void signedOutVisitorsAndPartnersWithATokenAreSentToSignIn() throws Exception {
    for (String page : List.of("/staff", "/staff/requests/" + EXISTING, "/staff/residents/1", "/staff/access-log")) {
      mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
      mvc.perform(get(page).header("Authorization", "Bearer a-partner-token"))
          .andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }
    verify(intake, never()).findByReference(any());
  }

  @Test
  void openingAResidentsDetailsIsRecordedForTheStaffMember() throws Exception {
    String page = mvc.perform(get("/staff/requests/" + EXISTING).with(member(StaffGroups.CALL_HANDLERS.id())))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Winifred Atwell", "2 March 1941", "01744456789", "Request received by phone");
    assertThat(page.indexOf(">Food<")).as("needs in the form's order").isPositive().isLessThan(page.indexOf(">Prescriptions<"));
    verify(accessLog).recordViews("handler", DeskPage.REQUEST, List.of(1L), EXISTING);
    mvc.perform(get("/staff/residents/1").with(member(StaffGroups.DUTY_MANAGERS.id()))).andExpect(status().isOk());
    verify(accessLog).recordViews("handler", DeskPage.RESIDENT, List.of(1L), null);
  }

  @Test
  void aFailedSignInShowsTheFormAgainWithThePlainEnglishProblem() throws Exception {
    // Spring Security forwards a failed sign-in to the form (MockMvc records the forward, the browser test follows it).
    mvc.perform(post("/login").param("username", "callhandler").param("password", "nope").with(csrf()))
        .andExpect(forwardedUrl("/login/failed"));

    MvcResult blank = mvc.perform(post("/login/failed").param("username", "").param("password", "").with(csrf()))
        .andReturn();
    assertThat(blank.getResponse().getStatus()).isEqualTo(400);
    assertThat(blank.getResponse().getContentAsString()).contains("There is a problem", "Enter your user name",
        "Enter your password", "href=\"#username\"", "govuk-form-group--error");

    MvcResult wrong = mvc.perform(post("/login/failed").param("username", "callhandler").param("password", "nope")
        .with(csrf())).andReturn();
    assertThat(wrong.getResponse().getStatus()).isEqualTo(401);
    assertThat(wrong.getResponse().getContentAsString()).contains("The user name or password is not right")
        .contains("value=\"callhandler\"").doesNotContain("nope");
  }

  @Test
  void signingInWithoutTheFormsCsrfTokenIsRefused() throws Exception {
    when(identityService.checkPassword("callhandler", "demo")).thenReturn(true);
    mvc.perform(post("/login").param("username", "callhandler").param("password", "demo"))
        .andExpect(status().isForbidden());
  }

  @Test
  void badSearchesAreAnsweredWithA400AndNothingIsLookedUpOrRecorded() throws Exception {
    var handler = member(StaffGroups.CALL_HANDLERS.id());
    for (MockHttpServletRequestBuilder bad : List.of(get("/staff/residents?search="),
        get("/staff/residents?search=&dobDay=31&dobMonth=2&dobYear=1941"), get("/staff/requests?reference="),
        get("/staff/requests?reference=12345"), get("/staff/access-log?resident=abc"))) {
      MvcResult result = mvc.perform(bad.with(member(StaffGroups.ADMINS))).andReturn();
      assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(400);
      assertThat(result.getResponse().getContentAsString()).contains("There is a problem");
    }
    mvc.perform(get("/staff/requests?reference=hr2026000001").with(handler))
        .andExpect(redirectedUrl("/staff/requests/" + EXISTING));
    verify(residents, never()).search(any(), eq(ResidentsController.MAX_RESULTS + 1));
    verify(accessLog, never()).recordViews(any(), any(), any(), any());
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor member(String group) {
    return user("handler").authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority(
        "GROUP_" + group));
  }
}
