package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.communityhub.disclosures.DisclosureService;
import org.communityhub.disclosures.DisclosureView;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.partnerapi.PartnerAdministration;
import org.communityhub.partnerapi.PartnerAdministration.Agreement;
import org.communityhub.partnerapi.PartnerAdministration.ClientCredentials;
import org.communityhub.partnerapi.PartnerAdministration.CreatedPartner;
import org.communityhub.partners.Partner;
import org.communityhub.privacy.ErasureService;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrators' partner pages and the data-protection officers' disclosure and erasure pages,
 * with the real security rules and templates and the owners' services stood in for: every staff
 * group against every page and action, bad input, and what the pages show.
 */
@WebMvcTest(controllers = {PartnersController.class, DataProtectionController.class})
@Import({StaffWebSecurityConfig.class, DeskLayout.class, DeskFormat.class})
class AdminAndDataProtectionPagesTest {

  private static final String REFERENCE = "HR-2026-000001";

  @Autowired MockMvc mvc;
  @MockitoBean IdentityService identityService;
  @MockitoBean PartnerAdministration partners;
  @MockitoBean ResidentService residents;
  @MockitoBean IntakeService intake;
  @MockitoBean DisclosureService disclosures;
  @MockitoBean ErasureService erasure;
  @MockitoBean AccessLog accessLog;
  @MockitoBean org.communityhub.webhooks.WebhookService webhooks;

  @BeforeEach
  void oneFoodBankAndOneResident() {
    Partner foodBank = mock(Partner.class);
    when(foodBank.getCode()).thenReturn("foodbank");
    when(foodBank.getName()).thenReturn("Demo Borough Food Bank");
    when(foodBank.getPartnerType()).thenReturn(PartnerType.FOOD_BANK);
    when(foodBank.getClientId()).thenReturn("foodbank-demo");
    when(partners.all()).thenReturn(List.of(foodBank));
    when(partners.find("foodbank")).thenReturn(Optional.of(foodBank));
    when(partners.find("nobody")).thenReturn(Optional.empty());
    when(partners.agreementOf(foodBank)).thenReturn(new Agreement(List.of("firstName", "phone"),
        "UK GDPR Art 6(1)(a) consent of the resident", Map.of("P1", "PT4H", "P2", "PT24H", "P3", "PT1M")));
    when(partners.lastSecretChange("foodbank-demo")).thenReturn(Optional.empty());
    when(partners.rotateSecret(eq("foodbank"), anyString()))
        .thenReturn(new ClientCredentials("foodbank-demo", "the-new-secret-only-once"));
    when(partners.create(any(), anyString())).thenReturn(new CreatedPartner(foodBank,
        new ClientCredentials("foodbank", "a-first-secret")));

    HelpRequest request = mock(HelpRequest.class);
    when(request.getId()).thenReturn(7L);
    when(request.getReference()).thenReturn(REFERENCE);
    when(request.getResidentId()).thenReturn(1L);
    when(intake.findByReference(REFERENCE)).thenReturn(Optional.of(request));
    when(intake.findByReference("HR-2026-999999")).thenReturn(Optional.empty());
    when(intake.requestsOf(1L)).thenReturn(List.of(request));
    ResidentDetails winifred = new ResidentDetails("Winifred", "Atwell", LocalDate.of(1941, 3, 2), "01744456789",
        null, "14 Claughton Street", null, "St Helens", "WA10 1SN");
    when(residents.find(1L)).thenReturn(Optional.of(winifred));
    when(residents.search(any(), anyInt())).thenReturn(List.of(new ResidentSummary(1L, winifred)));
    when(disclosures.forResident(1L)).thenReturn(List.of(new DisclosureView(3L, 7L, "PARTNER", "housing",
        List.of("firstName", "address"), "UK GDPR Art 6(1)(a) consent of the resident", "Referral for housing",
        "partner-referral", Instant.parse("2026-03-02T11:00:00Z"))));
    when(erasure.erase(eq(1L), anyString(), anyString())).thenReturn(1);
  }

  private static final List<String> PARTNER_PAGES = List.of("/staff/partners", "/staff/partners/new",
      "/staff/partners/foodbank/agreement", "/staff/partners/foodbank/client-secret");
  private static final List<String> DATA_PROTECTION_PAGES = List.of("/staff/disclosures",
      "/staff/disclosures?name=winifred", "/staff/disclosures/residents/1", "/staff/erasures/residents/1");

  private static List<MockHttpServletRequestBuilder> partnerActions() {
    return List.of(post("/staff/partners").params(validNewPartner()),
        post("/staff/partners/foodbank/agreement").params(validAgreement()),
        post("/staff/partners/foodbank/client-secret"));
  }

  @Test
  void onlyAdministratorsReachThePartnerPages() throws Exception {
    for (String group : everyGroup()) {
      int expected = group.equals(StaffGroups.ADMINS) ? 200 : 403;
      for (String page : PARTNER_PAGES) {
        assertThat(status(get(page), group)).as(group + " " + page).isEqualTo(expected);
      }
      for (MockHttpServletRequestBuilder action : partnerActions()) {
        int status = status(action, group);
        assertThat(status).as(group + " " + action.buildRequest(null).getRequestURI())
            .isEqualTo(expected == 200 ? 302 : 403);
      }
    }
  }

  @Test
  void refusedStaffChangeNoPartner() throws Exception {
    for (String group : everyGroup()) {
      if (!group.equals(StaffGroups.ADMINS)) {
        for (MockHttpServletRequestBuilder action : partnerActions()) {
          status(action, group);
        }
      }
    }
    verifyNoInteractions(partners);
  }

  @Test
  void onlyDataProtectionOfficersAndAdministratorsReachDisclosuresAndErasure() throws Exception {
    for (String group : everyGroup()) {
      boolean allowed = group.equals(StaffGroups.ADMINS) || group.equals(StaffGroups.DATA_PROTECTION.id());
      for (String page : DATA_PROTECTION_PAGES) {
        assertThat(status(get(page), group)).as(group + " " + page).isEqualTo(allowed ? 200 : 403);
      }
      assertThat(status(get("/staff/disclosures?reference=hr 2026 000001"), group)).isEqualTo(allowed ? 302 : 403);
      assertThat(status(post("/staff/erasures/residents/1").param("reason", "Resident asked on 3 March"), group))
          .as(group + " erasure").isEqualTo(allowed ? 302 : 403);
    }
  }

  @Test
  void aCallHandlerCannotEraseAndNothingIsLookedUp() throws Exception {
    for (StaffGroups group : StaffAuthorities.CASEWORK) {
      status(post("/staff/erasures/residents/1").param("reason", "because"), group.id());
      status(get("/staff/disclosures/residents/1"), group.id());
    }
    verifyNoInteractions(erasure, residents, disclosures, accessLog);
  }

  @Test
  void thePartnersListShowsTypesSlasAndAgreementsInPlainWords() throws Exception {
    String page = page(get("/staff/partners"), StaffGroups.ADMINS);
    assertThat(page).contains("Demo Borough Food Bank", "Food bank", "foodbank-demo", "First name, Phone",
        "UK GDPR Art 6(1)(a)", "Priority 1: 4 hours", "Priority 2: 24 hours", "Priority 3: 1 minute", "Not recorded")
        .doesNotContain("FOOD_BANK", "PT4H", "firstName");
  }

  @Test
  void aNewSecretIsShownOnceOnThePageAfterTheRotation() throws Exception {
    MvcResult rotated = mvc.perform(post("/staff/partners/foodbank/client-secret").with(csrf())
        .with(member(StaffGroups.ADMINS))).andReturn();
    assertThat(rotated.getResponse().getRedirectedUrl()).isEqualTo("/staff/partners/foodbank/new-secret");
    verify(partners).rotateSecret("foodbank", "staff");
    String shown = mvc.perform(get("/staff/partners/foodbank/new-secret").with(member(StaffGroups.ADMINS))
            .flashAttrs(rotated.getFlashMap())).andReturn().getResponse().getContentAsString().replace("&#39;", "'");
    assertThat(shown).contains("the-new-secret-only-once", "This is the only time the secret is shown",
        "New client secret for Demo Borough Food Bank");
    // Opened again (a refresh, the back button): the secret is gone.
    MvcResult again = mvc.perform(get("/staff/partners/foodbank/new-secret").with(member(StaffGroups.ADMINS))
        .session(new MockHttpSession())).andReturn();
    assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/staff/partners");
    assertThat(again.getResponse().getContentAsString().replace("&#39;", "'")).doesNotContain("the-new-secret-only-once");
  }

  @Test
  void badPartnerFormsAreAnsweredWithA400NamingEachFieldAndNothingIsStored() throws Exception {
    MvcResult result = perform(post("/staff/partners").param("slaP1", "0").param("slaP2", "two days")
        .param("code", "Has Spaces"), StaffGroups.ADMINS);
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentAsString().replace("&#39;", "'")).contains("There is a problem", "Enter the partner's name",
        "Enter a short name of 2 to 50 small letters", "Choose what kind of partner this is",
        "Enter the partner's contact email address", "Enter the email address for late referrals",
        "Enter the lawful basis for sharing", "Enter the hours to acknowledge a priority 1 referral",
        "Enter the hours to acknowledge a priority 2 referral", "href=\"#slaP3\"", "value=\"Has Spaces\"");
    MvcResult agreement = perform(post("/staff/partners/foodbank/agreement").param("lawfulBasis", " ")
        .param("slaP1", "4").param("slaP2", "24").param("slaP3", "721").param("allowedFields", "shoeSize"),
        StaffGroups.ADMINS);
    assertThat(agreement.getResponse().getStatus()).isEqualTo(400);
    assertThat(agreement.getResponse().getContentAsString().replace("&#39;", "'")).contains("Choose the resident's details from the list",
        "Enter the lawful basis", "priority 3 referral as a whole number from 1 to 720");
    verify(partners, never()).create(any(), any());
    verify(partners, never()).changeAgreement(any(), any());
  }

  @Test
  void aValidAgreementIsSavedInHoursAndTheListSaysSo() throws Exception {
    MvcResult saved = perform(post("/staff/partners/foodbank/agreement").params(validAgreement()), StaffGroups.ADMINS);
    assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/staff/partners");
    verify(partners).changeAgreement("foodbank", new Agreement(List.of("firstName", "address"),
        "UK GDPR Art 6(1)(e) public task", Map.of("P1", "PT4H", "P2", "PT24H", "P3", "PT120H")));
    assertThat(String.valueOf(saved.getFlashMap().get("done"))).contains("The agreement with Demo Borough Food Bank is changed");
  }

  @Test
  void anUnknownPartnerIsNotFound() throws Exception {
    assertThat(status(get("/staff/partners/nobody/agreement"), StaffGroups.ADMINS)).isEqualTo(404);
    assertThat(status(post("/staff/partners/nobody/client-secret"), StaffGroups.ADMINS)).isEqualTo(404);
    verify(partners, never()).rotateSecret(any(), any());
  }

  @Test
  void theDisclosuresPageListsToWhomWhatWhenAndWhyAndRecordsTheView() throws Exception {
    String page = page(get("/staff/disclosures/residents/1"), StaffGroups.DATA_PROTECTION.id());
    assertThat(page).contains("Winifred Atwell", "Partner housing", "First name, Address", "2 March 2026",
        "UK GDPR Art 6(1)(a) consent of the resident", "Referral for housing", REFERENCE, "Erase this resident");
    verify(accessLog).recordViews("staff", DeskPage.DISCLOSURES, List.of(1L), null);
  }

  @Test
  void findingByReferenceOrNameGoesToTheResidentAndBadInputIsA4xx() throws Exception {
    MvcResult byReference = perform(get("/staff/disclosures?reference=hr 2026 000001"), StaffGroups.DATA_PROTECTION.id());
    assertThat(byReference.getResponse().getRedirectedUrl()).isEqualTo("/staff/disclosures/residents/1");
    assertThat(page(get("/staff/disclosures?name=winifred"), StaffGroups.DATA_PROTECTION.id()))
        .contains("1 resident found", "/staff/disclosures/residents/1");
    verify(accessLog).recordViews("staff", DeskPage.SEARCH_RESULTS, List.of(1L), null);

    MvcResult missing = perform(get("/staff/disclosures?reference=HR-2026-999999"), StaffGroups.DATA_PROTECTION.id());
    assertThat(missing.getResponse().getStatus()).isEqualTo(404);
    assertThat(missing.getResponse().getContentAsString().replace("&#39;", "'")).contains("No request has this reference");
    MvcResult blank = perform(get("/staff/disclosures?reference="), StaffGroups.DATA_PROTECTION.id());
    assertThat(blank.getResponse().getStatus()).isEqualTo(400);
    MvcResult noName = perform(get("/staff/disclosures?name=&postcode="), StaffGroups.DATA_PROTECTION.id());
    assertThat(noName.getResponse().getStatus()).isEqualTo(400);
    assertThat(noName.getResponse().getContentAsString().replace("&#39;", "'")).contains("Enter the resident's name or postcode");
  }

  @Test
  void erasureNeedsAReasonAndSaysWhatIsKept() throws Exception {
    String confirm = page(get("/staff/erasures/residents/1"), StaffGroups.DATA_PROTECTION.id());
    assertThat(confirm).contains("This cannot be undone", "Winifred Atwell", "Why are their details erased?");
    verify(accessLog).recordViews("staff", DeskPage.ERASURE, List.of(1L), null);

    MvcResult noReason = perform(post("/staff/erasures/residents/1").param("reason", "  "),
        StaffGroups.DATA_PROTECTION.id());
    assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
    assertThat(noReason.getResponse().getContentAsString().replace("&#39;", "'")).contains("There is a problem",
        "Enter why their details are erased");
    MvcResult tooLong = perform(post("/staff/erasures/residents/1").param("reason", "x".repeat(501)),
        StaffGroups.DATA_PROTECTION.id());
    assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
    verify(erasure, never()).erase(anyLong(), any(), any());

    MvcResult erased = perform(post("/staff/erasures/residents/1").param("reason", " Asked on 3 March "),
        StaffGroups.DATA_PROTECTION.id());
    assertThat(erased.getResponse().getRedirectedUrl()).isEqualTo("/staff/erasures/residents/1/erased");
    verify(erasure).erase(1L, "Asked on 3 March", "staff");
    String done = mvc.perform(get("/staff/erasures/residents/1/erased").with(member(StaffGroups.DATA_PROTECTION.id()))
        .flashAttrs(erased.getFlashMap())).andReturn().getResponse().getContentAsString().replace("&#39;", "'");
    assertThat(done).contains("Resident's details erased", "the notes on their", ">1 request<",
        "the register of whom their details were shared with");
  }

  private int status(MockHttpServletRequestBuilder request, String group) throws Exception {
    return perform(request, group).getResponse().getStatus();
  }

  private String page(MockHttpServletRequestBuilder request, String group) throws Exception {
    MvcResult result = perform(request, group);
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return result.getResponse().getContentAsString().replace("&#39;", "'");
  }

  private MvcResult perform(MockHttpServletRequestBuilder request, String group) throws Exception {
    return mvc.perform(request.with(csrf()).with(member(group))).andReturn();
  }

  private static List<String> everyGroup() {
    List<String> groups = new java.util.ArrayList<>(java.util.Arrays.stream(StaffGroups.values()).map(StaffGroups::id).toList());
    groups.add(StaffGroups.ADMINS);
    return groups;
  }

  private static RequestPostProcessor member(String group) {
    return user("staff").authorities(new SimpleGrantedAuthority("GROUP_" + group));
  }

  private static org.springframework.util.MultiValueMap<String, String> validAgreement() {
    var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
    form.add("allowedFields", "firstName");
    form.add("allowedFields", "address");
    form.add("lawfulBasis", "UK GDPR Art 6(1)(e) public task");
    form.add("slaP1", "4");
    form.add("slaP2", "24");
    form.add("slaP3", "120");
    return form;
  }

  private static org.springframework.util.MultiValueMap<String, String> validNewPartner() {
    var form = validAgreement();
    form.add("name", "Demo Borough Food Bank");
    form.add("code", "foodbank");
    form.add("partnerType", "FOOD_BANK");
    form.add("contactEmail", "referrals@foodbank.example");
    form.add("escalationEmail", "manager@foodbank.example");
    return form;
  }
}
