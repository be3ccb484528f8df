package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.communityhub.area.AreaService;
import org.communityhub.dispatch.DispatchTaskService;
import org.communityhub.dispatch.HelpArrangement;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.RequestStatus;
import org.communityhub.referrals.ReferralService;
import org.communityhub.referrals.UnacknowledgedReferral;
import org.communityhub.residents.ResidentService;
import org.communityhub.security.StaffGroups;
import org.communityhub.security.StaffWebSecurityConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The duty managers' overdue page with the real security rules, templates and grouping, and the
 * features' services stood in for: who may open it, the home page's links, the "nothing is
 * overdue" state, and how overdue work reads.
 */
@WebMvcTest(controllers = {OverdueController.class, DeskController.class})
@Import({StaffWebSecurityConfig.class, DeskLayout.class, DeskFormat.class, OverdueWork.class, RequestPageModel.class,
    NextStep.class,
    OverduePageAuthorizationTest.FixedClock.class})
class OverduePageAuthorizationTest {

  /** 2 December 2026, 10:00 in London (GMT). */
  static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  @TestConfiguration
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired MockMvc mvc;
  @MockitoBean IdentityService identityService;
  @MockitoBean IntakeService intake;
  @MockitoBean ResidentService residents;
  @MockitoBean RequestTimeline timeline;
  @MockitoBean WorkflowFacts workflow;
  @MockitoBean AccessLog accessLog;
  @MockitoBean org.communityhub.webhooks.WebhookService webhooks;
  @MockitoBean ReferralService referrals;
  @MockitoBean DispatchTaskService dispatch;
  @MockitoBean AreaService area;

  @BeforeEach
  void nothingIsOverdue() {
    when(workflow.overdueTasks(any())).thenReturn(List.of());
    when(referrals.unacknowledgedPastSla(any())).thenReturn(List.of());
    when(intake.waitingSince(any(), any())).thenReturn(List.of());
    when(dispatch.arrangementsOf(any())).thenReturn(Map.of());
  }

  @Test
  void onlyDutyManagersAndAdminsOpenTheOverduePage() throws Exception {
    List<String> groups = new ArrayList<>();
    for (StaffGroups group : StaffGroups.values()) {
      groups.add(group.id());
    }
    groups.add(StaffGroups.ADMINS);
    for (String group : groups) {
      int expected = group.equals(StaffGroups.DUTY_MANAGERS.id()) || group.equals(StaffGroups.ADMINS) ? 200 : 403;
      for (String page : List.of("/staff/overdue", "/staff/overdue/")) {
        int status = mvc.perform(get(page).with(member(group))).andReturn().getResponse().getStatus();
        assertThat(status).as(group + " " + page).isIn(expected, expected == 200 ? 404 : 403);
      }
      assertThat(mvc.perform(get("/staff/overdue").with(member(group))).andReturn().getResponse().getStatus())
          .as(group).isEqualTo(expected);
    }
  }

  @Test
  void aCallHandlerIsRefusedBeforeAnythingIsLookedUp() throws Exception {
    String refused = mvc.perform(get("/staff/overdue").with(member(StaffGroups.CALL_HANDLERS.id())))
        .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
    assertThat(refused).doesNotContain("What is overdue now");
    verifyNoInteractions(referrals, dispatch);
    verify(workflow, never()).overdueTasks(any());
    verify(intake, never()).waitingSince(any(), any());
  }

  @Test
  void signedOutVisitorsAreSentToSignIn() throws Exception {
    mvc.perform(get("/staff/overdue")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    mvc.perform(get("/staff/overdue").header("Authorization", "Bearer a-partner-token"))
        .andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
  }

  @Test
  void whenNothingIsOverdueThePageSaysSo() throws Exception {
    String page = mvc.perform(get("/staff/overdue").with(member(StaffGroups.DUTY_MANAGERS.id())))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Nothing is overdue", "Tasks past their due date (0)", "No task is past its due date",
        "Referrals past their SLA (0)", "No referral is past its SLA",
        "Requests waiting longer than their priority allows (0)", "No request is waiting longer than its priority allows")
        .doesNotContain("<table");
  }

  @Test
  void overdueWorkIsGroupedByTeamMostOverdueFirstInPlainWords() throws Exception {
    when(workflow.overdueTasks(NOW)).thenReturn(List.of(
        new WorkflowFacts.OverdueTask("t-1", "Chase partner", "HR-2026-000011", NOW.minus(Duration.ofMinutes(125)),
            List.of("Duty managers")),
        new WorkflowFacts.OverdueTask("t-2", "Welfare check call", "HR-2026-000012", NOW.minus(Duration.ofMinutes(30)),
            List.of("Call handlers")),
        new WorkflowFacts.OverdueTask("t-3", "Chase partner", "HR-2026-000013", NOW.minus(Duration.ofDays(3)),
            List.of("Duty managers"))));
    when(referrals.unacknowledgedPastSla(NOW)).thenReturn(List.of(new UnacknowledgedReferral(4, "HR-2026-000021",
        "Demo Homes Housing Association", Priority.P1, NOW.minus(Duration.ofHours(5)), Duration.ofHours(4))));
    HelpRequest waiting = mock(HelpRequest.class);
    when(waiting.getId()).thenReturn(31L);
    when(waiting.getReference()).thenReturn("HR-2026-000031");
    when(waiting.getPriority()).thenReturn(Priority.P1);
    when(waiting.getPostcodeDistrict()).thenReturn("WA10");
    when(waiting.getCreatedAt()).thenReturn(NOW.minus(Duration.ofHours(24)));
    when(intake.waitingSince(any(), any())).thenReturn(List.of(waiting));
    when(dispatch.arrangementsOf(List.of(31L))).thenReturn(Map.of(31L, HelpArrangement.NO_VOLUNTEER_YET));

    String page = mvc.perform(get("/staff/overdue").with(member(StaffGroups.DUTY_MANAGERS.id())))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    verify(intake).waitingSince(RequestStatus.AWAITING_VOLUNTEER, NOW);

    assertThat(page).doesNotContain("Nothing is overdue")
        .contains("Tasks past their due date (3)", "Duty managers (2)", "Call handlers (1)",
            "3 days overdue", "2 hours 5 minutes overdue", "30 minutes overdue",
            "href=\"/camunda/app/tasklist/default/#/?task=t-1\"", "href=\"/staff/requests/HR-2026-000011\"")
        .contains("Referrals past their SLA (1)", "Demo Homes Housing Association", "4 hours at priority 1 (most urgent)",
            "1 hour overdue", "2 December 2026 at 5:00am")
        .contains("Requests waiting longer than their priority allows (1)", "Volunteer coordinators (1)",
            "WA10", "1 (most urgent), help same day", "A volunteer to be found or allocated", "10 hours 1 minute overdue",
            "1 December 2026 at 10:00am");
    // most overdue first: the 3-day task before the 2-hour one, and Duty managers' group before Call handlers'
    assertThat(page.indexOf("HR-2026-000013")).isLessThan(page.indexOf("HR-2026-000011"));
    assertThat(page.indexOf("Duty managers (2)")).isLessThan(page.indexOf("Call handlers (1)"));
    verifyNoInteractions(residents, accessLog);
  }

  @Test
  void aRequestAVolunteerHasTakenIsNotWaiting() throws Exception {
    HelpRequest helped = mock(HelpRequest.class);
    when(helped.getId()).thenReturn(32L);
    when(helped.getReference()).thenReturn("HR-2026-000032");
    when(helped.getPriority()).thenReturn(Priority.P1);
    when(helped.getCreatedAt()).thenReturn(NOW.minus(Duration.ofHours(24)));
    when(intake.waitingSince(any(), any())).thenReturn(List.of(helped));
    when(dispatch.arrangementsOf(List.of(32L))).thenReturn(Map.of(32L, HelpArrangement.ARRANGED));

    String page = mvc.perform(get("/staff/overdue").with(member(StaffGroups.ADMINS)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Nothing is overdue").doesNotContain("HR-2026-000032");
  }

  @Test
  void theHomePageOffersDutyManagersTheOverduePageInsteadOfCockpit() throws Exception {
    String dutyManager = home(StaffGroups.DUTY_MANAGERS.id());
    assertThat(dutyManager).contains("href=\"/staff/overdue\"").doesNotContain("/camunda/app/cockpit");
    String processOwner = home(StaffGroups.PROCESS_OWNERS.id());
    assertThat(processOwner).contains("/camunda/app/cockpit").doesNotContain("href=\"/staff/overdue\"");
    assertThat(home(StaffGroups.CALL_HANDLERS.id())).doesNotContain("href=\"/staff/overdue\"", "/camunda/app/cockpit");
    assertThat(home(StaffGroups.ADMINS)).contains("href=\"/staff/overdue\"", "/camunda/app/cockpit");
  }

  @Test
  void lengthsOfTimeReadAsWords() {
    DeskFormat format = new DeskFormat();
    assertThat(format.duration(Duration.ofMinutes(125))).isEqualTo("2 hours 5 minutes");
    assertThat(format.duration(Duration.ofMinutes(61))).isEqualTo("1 hour 1 minute");
    assertThat(format.duration(Duration.ofHours(2))).isEqualTo("2 hours");
    assertThat(format.duration(Duration.ofDays(1).plusHours(3).plusMinutes(20))).isEqualTo("1 day 3 hours");
    assertThat(format.duration(Duration.ofDays(7))).isEqualTo("7 days");
    assertThat(format.duration(Duration.ofSeconds(40))).isEqualTo("less than a minute");
  }

  private String home(String group) throws Exception {
    return mvc.perform(get("/staff").with(member(group))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
  }

  private static RequestPostProcessor member(String group) {
    return user("manager").authorities(new SimpleGrantedAuthority("GROUP_" + group));
  }
}
