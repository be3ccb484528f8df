package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.communityhub.area.AreaService;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.Channel;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeCommand;
import org.communityhub.intake.IntakeResult;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.IntakeValidationException;
import org.communityhub.intake.Need;
import org.communityhub.intake.RequestStatus;
import org.communityhub.intake.Urgency;
import org.communityhub.intake.WithdrawalReason;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.residents.ResidentDetails;
import org.communityhub.residents.ResidentService;
import org.communityhub.security.StaffGroups;
import org.communityhub.security.StaffWebSecurityConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The call handlers' desk pages with the real security rules, templates and form checks, the
 * features' services stood in for: who may record a request and act on one, what a form with
 * problems shows, and that nothing is done when a form is refused or wrong.
 */
@WebMvcTest(controllers = {DeskController.class, CaseworkController.class})
@Import({StaffWebSecurityConfig.class, DeskLayout.class, DeskFormat.class, RequestPageModel.class, NextStep.class})
class CaseworkPagesTest {

  private static final String REFERENCE = "HR-2026-000001";

  @Autowired MockMvc mvc;
  @MockitoBean IdentityService identityService;
  @MockitoBean IntakeService intake;
  @MockitoBean ResidentService residents;
  @MockitoBean RequestTimeline timeline;
  @MockitoBean WorkflowFacts workflow;
  @MockitoBean AccessLog accessLog;
  @MockitoBean AreaService area;
  @MockitoBean RequestActions actions;

  @BeforeEach
  void oneOpenRequest() {
    HelpRequest request = mock(HelpRequest.class);
    when(request.getId()).thenReturn(7L);
    when(request.getReference()).thenReturn(REFERENCE);
    when(request.getResidentId()).thenReturn(1L);
    when(request.getStatus()).thenReturn(RequestStatus.AWAITING_VOLUNTEER);
    when(request.getPriority()).thenReturn(Priority.P1);
    when(request.isOpen()).thenReturn(true);
    when(request.getNeeds()).thenReturn(java.util.Set.of(Need.FOOD));
    when(request.getUrgency()).thenReturn(Urgency.URGENT);
    when(request.getChannel()).thenReturn(Channel.PHONE);
    when(request.getCreatedAt()).thenReturn(Instant.parse("2026-03-02T10:15:00Z"));
    when(intake.findByReference(REFERENCE)).thenReturn(Optional.of(request));
    when(residents.find(1L)).thenReturn(Optional.of(new ResidentDetails("Winifred", "Atwell", LocalDate.of(1941, 3, 2),
        "01744456789", null, "14 Claughton Street", null, "St Helens", "WA10 1SN")));
    when(timeline.of(any(), any(), any())).thenReturn(List.of());
    when(intake.actionsOn(7L)).thenReturn(List.of());
    when(actions.withdraw(any(), any(), any(), any())).thenReturn(true);
    when(actions.updateContactDetails(any(), any(), any())).thenReturn(true);
    when(intake.submit(any(IntakeCommand.class), anyList()))
        .thenReturn(new IntakeResult("HR-2026-000002", RequestStatus.AWAITING_VOLUNTEER, null));
  }

  private static MockHttpServletRequestBuilder recordForm() {
    return get("/staff/requests/new");
  }

  private static MockHttpServletRequestBuilder note() {
    return post("/staff/requests/" + REFERENCE + "/notes").param("noteText", "Prefers a call after 10am");
  }

  private static MockHttpServletRequestBuilder contact() {
    return post("/staff/requests/" + REFERENCE + "/contact-details").param("contactPhone", "01744 222333");
  }

  private static MockHttpServletRequestBuilder referral() {
    return post("/staff/requests/" + REFERENCE + "/referral").param("partnerType", "HOUSING_PROVIDER")
        .param("referralReason", "Damp flat");
  }

  private static MockHttpServletRequestBuilder withdrawal() {
    return post("/staff/requests/" + REFERENCE + "/withdrawal").param("withdrawalReason", "HELPED_ELSEWHERE");
  }

  /** Each group against each page and action: 200 shown, 302 done (back to the request), 403 refused. */
  @Test
  void eachGroupMayDoOnlyItsPartOfTheCasework() throws Exception {
    Map<String, int[]> expected = new LinkedHashMap<>();
    //                                         record, note, contact, refer, withdraw
    expected.put(StaffGroups.CALL_HANDLERS.id(), new int[] {200, 302, 302, 302, 302});
    expected.put(StaffGroups.ELIGIBILITY_OFFICERS.id(), new int[] {403, 403, 403, 403, 403});
    expected.put(StaffGroups.VOLUNTEER_COORDINATORS.id(), new int[] {403, 302, 302, 403, 403});
    expected.put(StaffGroups.DUTY_MANAGERS.id(), new int[] {403, 302, 302, 302, 302});
    expected.put(StaffGroups.PROCESS_OWNERS.id(), new int[] {403, 403, 403, 403, 403});
    expected.put(StaffGroups.DATA_PROTECTION.id(), new int[] {403, 403, 403, 403, 403});
    expected.put(StaffGroups.ADMINS, new int[] {200, 302, 302, 302, 302});
    List<MockHttpServletRequestBuilder> pages = List.of(recordForm(), note(), contact(), referral(), withdrawal());
    for (var group : expected.entrySet()) {
      for (int i = 0; i < pages.size(); i++) {
        MvcResult result = mvc.perform(pages.get(i).with(member(group.getKey())).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as(group.getKey() + " " + result.getRequest().getRequestURI())
            .isEqualTo(group.getValue()[i]);
      }
    }
  }

  @Test
  void aRefusedActionLooksNothingUpAndDoesNothing() throws Exception {
    for (MockHttpServletRequestBuilder action : List.of(note(), contact(), referral(), withdrawal())) {
      mvc.perform(action.with(member(StaffGroups.PROCESS_OWNERS.id())).with(csrf())).andReturn();
    }
    for (MockHttpServletRequestBuilder action : List.of(referral(), withdrawal())) {
      mvc.perform(action.with(member(StaffGroups.VOLUNTEER_COORDINATORS.id())).with(csrf())).andReturn();
    }
    verify(intake, never()).findByReference(any());
    verifyNoInteractions(actions);
  }

  @Test
  void anActionWithoutTheFormsCsrfTokenIsRefused() throws Exception {
    MvcResult result = mvc.perform(note().with(member(StaffGroups.CALL_HANDLERS.id()))).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(403);
    verifyNoInteractions(actions);
  }

  @Test
  void theRequestPageSaysWhatHappensNextAndOffersOnlyTheActionsOfTheRole() throws Exception {
    String handler = page(get("/staff/requests/" + REFERENCE), StaffGroups.CALL_HANDLERS.id());
    assertThat(handler).contains("What happens next", "Waiting for a volunteer, priority 1: today", "Add a note",
        "Update contact details", "Refer to a partner", "Withdraw or close the request", "Leave blank to keep");
    String coordinator = page(get("/staff/requests/" + REFERENCE), StaffGroups.VOLUNTEER_COORDINATORS.id());
    assertThat(coordinator).contains("Add a note", "Update contact details")
        .doesNotContain("Refer to a partner", "Withdraw or close the request");
    String officer = page(get("/staff/requests/" + REFERENCE), StaffGroups.ELIGIBILITY_OFFICERS.id());
    assertThat(officer).contains("Waiting for a volunteer").doesNotContain("Add a note");
  }

  @Test
  void recordingARequestSendsThePhoneCallToIntakeAsTheCallHandlerAndShowsTheReference() throws Exception {
    MvcResult result = mvc.perform(post("/staff/requests/new").with(member(StaffGroups.CALL_HANDLERS.id())).with(csrf())
        .param("firstName", "Winifred").param("lastName", "Atwell").param("dobDay", "2").param("dobMonth", "3")
        .param("dobYear", "1941").param("addressLine1", "14 Claughton Street").param("town", "St Helens")
        .param("postcode", "WA10 1SN").param("phone", "01744 456789").param("needs", "FOOD", "PRESCRIPTIONS")
        .param("urgency", "URGENT").param("supportNetworkAvailable", "no").param("shielding", "true")).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff/requests/HR-2026-000002");
    ArgumentCaptor<IntakeCommand> command = ArgumentCaptor.forClass(IntakeCommand.class);
    verify(intake).submit(command.capture(), eq(List.of()));
    assertThat(command.getValue()).satisfies(c -> {
      assertThat(c.channel()).isEqualTo(Channel.PHONE);
      assertThat(c.submittedBy()).isEqualTo("handler");
      assertThat(c.dateOfBirth()).isEqualTo(LocalDate.of(1941, 3, 2));
      assertThat(c.needs()).containsExactlyInAnyOrder(Need.FOOD, Need.PRESCRIPTIONS);
      assertThat(c.urgency()).isEqualTo(Urgency.URGENT);
      assertThat(c.supportNetworkAvailable()).isFalse();
      assertThat(c.shielding()).isTrue();
      assertThat(c.disability()).isFalse();
    });

    String shown = mvc.perform(get("/staff/requests/" + REFERENCE).flashAttr("recorded", true)
        .with(member(StaffGroups.CALL_HANDLERS.id()))).andReturn().getResponse().getContentAsString();
    assertThat(shown).contains("Request recorded", "Give the caller the reference", REFERENCE,
        "What happens next: <span>Waiting for a volunteer, priority 1: today</span>");
  }

  @Test
  void aRequestIntakeRefusesIsShownAgainWithEachProblemBesideItsFieldInPlainWords() throws Exception {
    String either = "give a phone number or an email address so the hub can contact the resident";
    when(intake.submit(any(IntakeCommand.class), anyList())).thenThrow(new IntakeValidationException(List.of(
        new FieldError("dateOfBirth", "Date of birth must be a real date, for example 2 3 1941"),
        new FieldError("email", either), new FieldError("firstName", "enter the resident's first name"),
        new FieldError("phone", either), new FieldError("postcode", "is not a UK postcode, for example WA10 1AA"),
        new FieldError("notes", "size must be between 0 and 2000"))));

    MvcResult result = mvc.perform(post("/staff/requests/new").with(member(StaffGroups.CALL_HANDLERS.id())).with(csrf())
        .param("lastName", "Atwell").param("dobDay", "31").param("dobMonth", "2").param("dobYear", "1941")
        .param("postcode", "WA10").param("needs", "FOOD", "NOT_A_NEED")).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    String page = result.getResponse().getContentAsString();
    assertThat(page).contains("<title>Error: Record a request for help", "There is a problem",
        "Enter the resident&#39;s first name", "Postcode is not a UK postcode, for example WA10 1AA",
        "Notes must be 2000 characters or fewer", "href=\"#firstName\"", "id=\"postcode-error\"",
        "value=\"Atwell\"", "value=\"WA10\"");
    assertThat(summary(page).split("Give a phone number or an email address", -1)).as("said once in the summary")
        .hasSize(2);
    assertThat(summary(page).indexOf("#firstName")).as("in the form's order").isLessThan(summary(page).indexOf("#postcode"));
    ArgumentCaptor<List<FieldError>> unreadable = ArgumentCaptor.forClass(List.class);
    verify(intake).submit(any(IntakeCommand.class), unreadable.capture());
    assertThat(unreadable.getValue()).extracting(FieldError::field).containsExactly("dateOfBirth", "needs");
  }

  @Test
  void anActionWithAProblemIsShownAgainOnTheRequestPageAndNothingIsDone() throws Exception {
    String handler = StaffGroups.CALL_HANDLERS.id();
    Map<MockHttpServletRequestBuilder, String> wrong = new LinkedHashMap<>();
    wrong.put(post("/staff/requests/" + REFERENCE + "/notes").param("noteText", "  "), "Enter the note");
    wrong.put(post("/staff/requests/" + REFERENCE + "/notes").param("noteText", "x".repeat(2001)),
        "Note must be 2,000 characters or fewer");
    wrong.put(post("/staff/requests/" + REFERENCE + "/contact-details").param("contactPhone", "12345"),
        "Enter a UK phone number, for example 01744 123456");
    wrong.put(post("/staff/requests/" + REFERENCE + "/contact-details").param("contactPostcode", "nowhere"),
        "Enter a UK postcode, for example WA10 1AA");
    wrong.put(post("/staff/requests/" + REFERENCE + "/contact-details").param("contactPhone", ""),
        "Enter the new phone number, email address or address");
    wrong.put(post("/staff/requests/" + REFERENCE + "/referral").param("referralReason", "Damp"),
        "Choose the kind of partner to refer the resident to");
    wrong.put(post("/staff/requests/" + REFERENCE + "/referral").param("partnerType", "LANDLORD")
        .param("referralReason", "Damp"), "Choose the kind of partner to refer the resident to");
    wrong.put(post("/staff/requests/" + REFERENCE + "/withdrawal"), "Choose why the request is being withdrawn or closed");
    wrong.put(post("/staff/requests/" + REFERENCE + "/withdrawal").param("withdrawalReason", "OTHER"),
        "Enter why the request is being withdrawn or closed");
    for (var bad : wrong.entrySet()) {
      MvcResult result = mvc.perform(bad.getKey().with(member(handler)).with(csrf())).andReturn();
      assertThat(result.getResponse().getStatus()).as(bad.getValue()).isEqualTo(400);
      assertThat(result.getResponse().getContentAsString()).contains("There is a problem", bad.getValue(),
          "govuk-form-group--error", "Winifred Atwell");
    }
    verifyNoInteractions(actions);
  }

  @Test
  void aDoneActionGoesBackToTheRequestWithABanner() throws Exception {
    MvcResult done = mvc.perform(withdrawal().param("withdrawalOther", "ignored unless another reason")
        .with(member(StaffGroups.DUTY_MANAGERS.id())).with(csrf())).andReturn();
    assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/staff/requests/" + REFERENCE);
    assertThat(done.getFlashMap().get("done")).isEqualTo("done.withdrawal");
    verify(actions).withdraw(any(), eq(WithdrawalReason.HELPED_ELSEWHERE), any(), eq("handler"));

    mvc.perform(referral().with(member(StaffGroups.CALL_HANDLERS.id())).with(csrf())).andReturn();
    verify(actions).refer(any(), eq(PartnerType.HOUSING_PROVIDER), eq("Damp flat"), eq("handler"));

    String page = mvc.perform(get("/staff/requests/" + REFERENCE).flashAttr("done", "done.note")
        .with(member(StaffGroups.CALL_HANDLERS.id()))).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("govuk-notification-banner--success", "Note added");
  }

  @Test
  void callHandlersSeeTheRequestsTheyRecordedTodayAndTheViewIsLogged() throws Exception {
    HelpRequest recorded = intake.findByReference(REFERENCE).orElseThrow();
    when(intake.recordedTodayBy(eq("handler"), anyInt())).thenReturn(List.of(recorded));

    String home = page(get("/staff"), StaffGroups.CALL_HANDLERS.id());

    assertThat(home).contains("Record a request for help", "Requests you recorded today", REFERENCE, "Winifred Atwell",
        "Waiting for a volunteer, priority 1: today");
    verify(accessLog).recordViews("handler", DeskPage.RECORDED_TODAY, List.of(1L), null);

    String coordinator = page(get("/staff"), StaffGroups.VOLUNTEER_COORDINATORS.id());
    assertThat(coordinator).doesNotContain("Requests you recorded today", "Record a request for help");
  }

  private String page(MockHttpServletRequestBuilder request, String group) throws Exception {
    MvcResult result = mvc.perform(request.with(member(group))).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return result.getResponse().getContentAsString();
  }

  private static String summary(String page) {
    int start = page.indexOf("govuk-error-summary__list");
    return page.substring(start, page.indexOf("</ul>", start));
  }

  private static RequestPostProcessor member(String group) {
    return user("handler").authorities(new SimpleGrantedAuthority("GROUP_" + group));
  }
}
