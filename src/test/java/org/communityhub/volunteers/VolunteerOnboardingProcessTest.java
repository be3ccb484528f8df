package org.communityhub.volunteers;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
import org.communityhub.support.NotifyDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of processes/volunteer-onboarding.bpmn and volunteer-dbs-reminders.bpmn through the
 * real DMN, delegates, PostgreSQL and the Notify client (WireMock standing in for GOV.UK Notify).
 */
@HubIntegrationTest
class VolunteerOnboardingProcessTest {

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired VolunteerService volunteers;
  @Autowired DbsCheckService dbsChecks;
  @Autowired VolunteerMessages messages;
  @Autowired VolunteerApplicationValidator validator;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void verifiedShopperNeedsNoDbsAndIsActivatedAndWelcomedOnce() {
    long id = apply("SHOPPING;DOG_WALKING", null, null);
    ProcessInstance run = onboardingOf(id);
    assertThat(run).isWaitingAt("Task_VerifyIdentity").variables().containsEntry("dbsRequired", "NONE")
        .containsEntry("volunteerReference", OnboardingVariables.reference(id));
    assertThat(BpmnAwareTests.task(run)).hasCandidateGroup("volunteer-coordinators");
    assertThat(status(id)).isEqualTo("APPLIED");

    complete(run, Map.of("identityCheck", "VERIFIED"));
    Jobs.awaitDueJobs(management);

    assertThat(run).isEnded().hasPassed("Task_ActivateVolunteer", "Task_SendWelcome", "EndEvent_VolunteerActive")
        .hasNotPassed("Task_RecordDbsCheck", "Task_StartDbsReminders");
    assertThat(status(id)).isEqualTo("ACTIVE");
    assertThat(outbox(id)).containsExactly("volunteer-welcome-" + id + " SENT");
    assertThat(sentTo("volunteer-welcome-" + id)).isEqualTo(1);
    assertThat(remindersOf(id)).isNull();
  }

  @Test
  void aWelcomeThatNotifyRefusesOnceIsRetriedAndSentOnce() {
    long id = apply("SHOPPING", null, null);
    ProcessInstance run = onboardingOf(id);
    NotifyDouble.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/v2/notifications/email"))
        .atPriority(1).inScenario("welcome-fails-once").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(500)
            .withBody("{\"errors\": [{\"error\": \"Exception\", \"message\": \"Internal server error\"}], \"status_code\": 500}"))
        .willSetStateTo("recovered"));
    try {
      complete(run, Map.of("identityCheck", "VERIFIED"));
      org.awaitility.Awaitility.await().atMost(PATIENCE).until(() ->
          management.createJobQuery().processInstanceId(run.getId()).withException().count() == 1);
      assertThat(status(id)).as("activation is committed before the message step").isEqualTo("ACTIVE");
      assertThat(outbox(id)).as("the failed attempt left nothing behind").isEmpty();

      management.executeJob(management.createJobQuery().processInstanceId(run.getId()).singleResult().getId());

      assertThat(run).isEnded().hasPassed("EndEvent_VolunteerActive");
      assertThat(sentTo("volunteer-welcome-" + id)).as("accepted by Notify once").isEqualTo(1);
      assertThat(NotifyDouble.server().findAll(postRequestedFor(urlPathEqualTo("/v2/notifications/email"))
          .withRequestBody(matchingJsonPath("$.reference", com.github.tomakehurst.wiremock.client.WireMock
              .equalTo("volunteer-welcome-" + id)))).size()).as("tried twice").isEqualTo(2);
      assertThat(outbox(id)).containsExactly("volunteer-welcome-" + id + " SENT");
    } finally {
      NotifyDouble.resetToAccepting();
    }
  }

  @Test
  void befriendingNeedsAnEnhancedDbsCheckBeforeActivationAndThenRemindersRun() {
    long id = apply("BEFRIENDING;SHOPPING", null, null);
    ProcessInstance run = onboardingOf(id);
    assertThat(run).variables().containsEntry("dbsRequired", "ENHANCED");
    complete(run, Map.of("identityCheck", "VERIFIED"));
    assertThat(run).isWaitingAt("Task_RecordDbsCheck");
    assertThat(status(id)).as("not active before the DBS check").isEqualTo("APPLIED");

    Task dbsTask = BpmnAwareTests.task(run);
    String issued = LocalDate.now().minusMonths(2).format(UK);
    assertThatThrownBy(() -> taskService.complete(dbsTask.getId(),
        Map.of("dbsOutcome", "CLEAR", "dbsLevel", "BASIC", "dbsIssuedOn", issued)))
        .hasMessageContaining("dbsLevel").hasMessageContaining("ENHANCED");
    assertThatThrownBy(() -> taskService.complete(dbsTask.getId(),
        Map.of("dbsOutcome", "CLEAR", "dbsLevel", "ENHANCED", "dbsIssuedOn", LocalDate.now().minusYears(4).format(UK))))
        .hasMessageContaining("dbsIssuedOn").hasMessageContaining("expired");
    assertThat(run).isWaitingAt("Task_RecordDbsCheck");
    assertThat(jdbc.queryForObject("select dbs_level from volunteer where id = ?", String.class, id)).isEqualTo("NONE");

    taskService.complete(dbsTask.getId(), Map.of("dbsOutcome", "CLEAR", "dbsLevel", "ENHANCED", "dbsIssuedOn", issued));
    Jobs.awaitDueJobs(management);

    assertThat(run).isEnded().hasPassed("Task_SaveDbsCheck", "Task_SendWelcome", "Task_StartDbsReminders");
    assertThat(status(id)).isEqualTo("ACTIVE");
    assertThat(jdbc.queryForMap("select dbs_level, dbs_issued_on from volunteer where id = ?", id))
        .containsEntry("dbs_level", "ENHANCED");
    ProcessInstance reminders = remindersOf(id);
    assertThat(reminders).isWaitingAt("Timer_ReminderDue").variables().containsEntry("reminderDays", 60);
  }

  @Test
  void identityNotVerifiedClosesTheApplicationAndTellsTheApplicantOnce() {
    long id = apply("SHOPPING", null, null);
    ProcessInstance run = onboardingOf(id);
    complete(run, Map.of("identityCheck", "NOT_VERIFIED"));
    Jobs.awaitDueJobs(management);

    assertThat(run).isEnded().hasPassed("Task_CloseApplication", "Task_TellApplicant", "EndEvent_NotAccepted")
        .hasNotPassed("Task_ActivateVolunteer");
    assertThat(status(id)).isEqualTo("REFUSED");
    assertThat(outbox(id)).containsExactly("volunteer-not-accepted-" + id + " SENT");
    assertThat(sentTo("volunteer-not-accepted-" + id)).isEqualTo(1);
  }

  @Test
  void refusedDbsCheckClosesTheApplication() {
    long id = apply("DRIVING", null, null);
    ProcessInstance run = onboardingOf(id);
    assertThat(run).variables().containsEntry("dbsRequired", "BASIC");
    complete(run, Map.of("identityCheck", "VERIFIED"));
    complete(run, Map.of("dbsOutcome", "REFUSED"));
    Jobs.awaitDueJobs(management);

    assertThat(run).isEnded().hasPassed("Task_CloseApplication", "EndEvent_NotAccepted");
    assertThat(status(id)).isEqualTo("REFUSED");
    assertThat(outbox(id)).containsExactly("volunteer-not-accepted-" + id + " SENT");
  }

  @Test
  void anUnansweredFormStaysOpenNamingTheField() {
    long id = apply("SHOPPING", null, null);
    ProcessInstance run = onboardingOf(id);
    Task verify = BpmnAwareTests.task(run);
    assertThatThrownBy(() -> taskService.complete(verify.getId(), Map.of())).hasMessageContaining("identityCheck");
    assertThat(run).isWaitingAt("Task_VerifyIdentity");
  }

  @Test
  void dbsRemindersGoAt60_30And7DaysThenAtExpiryEachOnce() {
    // a certificate that expires in 90 days under the default hub.volunteers.dbs-valid-for=P3Y
    LocalDate issued = LocalDate.now().minusYears(3).plusDays(90);
    long id = activeVolunteerWithDbs(issued);
    ProcessInstance reminders = remindersOf(id);
    LocalDate expiry = issued.plusYears(3);

    for (int days : new int[] {60, 30, 7}) {
      assertThat(reminders).isWaitingAt("Timer_ReminderDue").variables().containsEntry("reminderDays", days);
      assertThat(timerDue(reminders)).as(days + " days before expiry")
          .isEqualTo(expiry.minusDays(days).atTime(9, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant());
      Jobs.fireTimer(management, reminders.getId(), "Timer_ReminderDue");
      assertThat(sentTo("dbs-reminder-" + id + "-" + issued + "-" + days)).as(days + "-day reminder").isEqualTo(1);
    }
    assertThat(reminders).isWaitingAt("Timer_ReminderDue").variables().containsEntry("reminderDays", 0);
    Jobs.fireTimer(management, reminders.getId(), "Timer_ReminderDue");

    assertThat(reminders).isEnded().hasPassed("EndEvent_ReminderExpired", "EndEvent_DbsExpired");
    assertThat(sentTo("dbs-expired-" + id + "-" + issued)).isEqualTo(1);
    assertThat(outbox(id)).containsExactly("volunteer-welcome-" + id + " SENT",
        "dbs-reminder-" + id + "-" + issued + "-60 SENT", "dbs-reminder-" + id + "-" + issued + "-30 SENT",
        "dbs-reminder-" + id + "-" + issued + "-7 SENT", "dbs-expired-" + id + "-" + issued + " SENT");
    NotifyDouble.server().verify(1, postRequestedFor(urlPathEqualTo("/v2/notifications/email"))
        .withRequestBody(matchingJsonPath("$.reference", com.github.tomakehurst.wiremock.client.WireMock
            .equalTo("dbs-reminder-" + id + "-" + issued + "-7")))
        .withRequestBody(matchingJsonPath("$.template_id", com.github.tomakehurst.wiremock.client.WireMock
            .equalTo(NotifyDouble.DBS_REMINDER_TEMPLATE))));

    // a retried or repeated reminder step sends nothing more: the outbox key was used
    messages.sendDbsReminder(id, 30);
    assertThat(sentTo("dbs-reminder-" + id + "-" + issued + "-30")).isEqualTo(1);
  }

  @Test
  void aCertificateRecordedLateGetsOnlyTheRemindersStillAhead() {
    // expires in 20 days: the 60- and 30-day reminders are past; the 30-day one is due now, telling the real days left
    LocalDate issued = LocalDate.now().minusYears(3).plusDays(20);
    long id = activeVolunteerWithDbs(issued);
    ProcessInstance reminders = remindersOf(id);

    assertThat(sentTo("dbs-reminder-" + id + "-" + issued + "-60")).isZero();
    assertThat(sentTo("dbs-reminder-" + id + "-" + issued + "-30")).isEqualTo(1);
    NotifyDouble.server().verify(1, postRequestedFor(urlPathEqualTo("/v2/notifications/email"))
        .withRequestBody(equalToJson("{\"reference\": \"dbs-reminder-" + id + "-" + issued + "-30\","
            + " \"personalisation\": {\"daysLeft\": \"20\"}}", true, true)));
    assertThat(reminders).isWaitingAt("Timer_ReminderDue").variables().containsEntry("reminderDays", 7);
  }

  @Test
  void remindersStopWhenTheVolunteerLeaves() {
    long id = activeVolunteerWithDbs(LocalDate.now().minusYears(1));
    ProcessInstance reminders = remindersOf(id);

    volunteers.leave(id);

    assertThat(reminders).isEnded().hasPassed("EndEvent_VolunteerLeft");
    assertThat(status(id)).isEqualTo("LEFT");
    assertThat(management.createJobQuery().processInstanceId(reminders.getId()).count()).isZero();
  }

  @Test
  void aNewDbsCheckReplacesTheRemindersForTheOldOne() {
    LocalDate oldIssue = LocalDate.now().minusYears(2);
    long id = activeVolunteerWithDbs(oldIssue);
    ProcessInstance old = remindersOf(id);
    LocalDate newIssue = LocalDate.now().minusDays(3);

    dbsChecks.recordNewDbsCheck(id, "ENHANCED", newIssue.toString());

    assertThat(old).isEnded().hasPassed("EndEvent_DbsReplaced");
    ProcessInstance renewed = remindersOf(id);
    assertThat(renewed.getId()).isNotEqualTo(old.getId());
    assertThat(timerDue(renewed)).isEqualTo(newIssue.plusYears(3).minusDays(60).atTime(9, 0)
        .atZone(java.time.ZoneId.of("Europe/London")).toInstant());
    assertThatThrownBy(() -> dbsChecks.recordNewDbsCheck(id, "ENHANCED", "31/02/2025"))
        .isInstanceOf(VolunteerValidationException.class).hasMessageContaining("dbsIssuedOn");
  }

  @Test
  void aSecondOfferOfHelpWithTheSameEmailInOtherLettersIsRefused() {
    String email = "Twice" + System.nanoTime() + "@Example.org";
    volunteers.apply(validator.validate(application("SHOPPING", email, null, null)).volunteer());
    assertThatThrownBy(() -> volunteers.apply(validator.validate(application("SHOPPING", email.toUpperCase(), null,
        null)).volunteer())).isInstanceOf(VolunteerValidationException.class).hasMessageContaining("email");
    assertThat(jdbc.queryForObject("select count(*) from volunteer where lower(email) = lower(?)", Long.class, email))
        .isEqualTo(1L);
  }

  /** Onboarded through the process: verified, DBS recorded, active; reminders running. */
  private long activeVolunteerWithDbs(LocalDate issued) {
    long id = apply("DRIVING", null, null);
    ProcessInstance run = onboardingOf(id);
    complete(run, Map.of("identityCheck", "VERIFIED"));
    complete(run, Map.of("dbsOutcome", "CLEAR", "dbsLevel", "BASIC", "dbsIssuedOn", issued.format(UK)));
    Jobs.awaitDueJobs(management);
    assertThat(run).isEnded().hasPassed("Task_StartDbsReminders");
    return id;
  }

  private long apply(String skills, String dbsLevel, String dbsIssuedOn) {
    var result = validator.validate(application(skills, "onboard" + System.nanoTime() + "@example.org", dbsLevel,
        dbsIssuedOn));
    assertThat(result.problems()).isEmpty();
    return volunteers.apply(result.volunteer());
  }

  private static VolunteerApplication application(String skills, String email, String dbsLevel, String dbsIssuedOn) {
    return new VolunteerApplication("Ada", "Onboard", email, "07700 900555", "WA10", List.of("WA9"),
        List.of(skills.split(";")), List.of("MON", "SAT"), dbsLevel, dbsIssuedOn);
  }

  private ProcessInstance onboardingOf(long id) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(OnboardingVariables.ONBOARDING_KEY)
        .processInstanceBusinessKey(OnboardingVariables.businessKey(id)).singleResult();
  }

  private ProcessInstance remindersOf(long id) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(OnboardingVariables.REMINDERS_KEY)
        .processInstanceBusinessKey(OnboardingVariables.businessKey(id)).singleResult();
  }

  private void complete(ProcessInstance run, Map<String, Object> variables) {
    taskService.complete(BpmnAwareTests.task(run).getId(), variables);
  }

  private java.time.Instant timerDue(ProcessInstance run) {
    return management.createJobQuery().processInstanceId(run.getId()).timers().singleResult().getDuedate().toInstant();
  }

  private String status(long id) {
    return jdbc.queryForObject("select status from volunteer where id = ?", String.class, id);
  }

  private List<String> outbox(long id) {
    return jdbc.queryForList("select message_key || ' ' || status from notification_outbox where recipient = ? order by id",
        String.class, "volunteer:" + id);
  }

  /** How many times Notify accepted (201) a message with this reference. */
  private static int sentTo(String reference) {
    return (int) NotifyDouble.server().getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().startsWith("/v2/notifications/email"))
        .filter(e -> e.getResponse().getStatus() == 201)
        .filter(e -> e.getRequest().getBodyAsString().contains("\"reference\":\"" + reference + "\""))
        .count();
  }

  @SuppressWarnings("unused")
  private static final Duration PATIENCE = Duration.ofSeconds(30);
}
