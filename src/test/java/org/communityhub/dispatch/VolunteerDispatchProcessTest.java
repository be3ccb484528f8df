package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.communityhub.dispatch.VolunteerBuilder.livingIn;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/volunteer-dispatch.bpmn, started by helpline intake for a real request,
 * through the real delegates, matching SQL and PostgreSQL. Each test has its own districts and
 * volunteers; timers are fired by running their jobs.
 */
@HubIntegrationTest
class VolunteerDispatchProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired OfferService offers;
  @Autowired OutcomeService outcomes;
  @Autowired DispatchFixture fixture;

  TestArea area;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    area = fixture.newArea();
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void acceptedOfferAndDoneOutcomeCloseTheRequest() {
    long volunteer = fixture.volunteer(livingIn(area.home()));
    String reference = fixture.request(area, Need.FOOD);

    assertThat(fixture.awaitOfferedVolunteer(reference)).isEqualTo(volunteer);
    ProcessInstance run = fixture.dispatchOf(reference);
    assertThat(run).hasPassed("Task_BuildVolunteerTask", "Task_FindVolunteer", "Task_SendOffer")
        .variables().containsEntry("searchScope", "DISTRICT").containsEntry("needSummary", "Shopping")
        .containsEntry("requestId", fixture.intake.findByReference(reference).orElseThrow().getId());
    assertThat(fixture.requestStatus(reference)).isEqualTo("AWAITING_VOLUNTEER");

    assertThat(offers.accept(fixture.offerId(run))).isEqualTo(AnswerResult.TAKEN);
    assertThat(run).isWaitingAt("Gateway_AwaitOutcome");

    assertThat(outcomes.reportOutcome(fixture.offerId(run), Outcome.DONE, "Shopping left with neighbour"))
        .isEqualTo(AnswerResult.TAKEN);
    assertThat(run).isEnded().hasPassed("Task_CloseRequest", "EndEvent_RequestClosed");
    assertThat(fixture.ended(reference)).as("helpline intake finished too").isTrue();
    assertThat(fixture.requestStatus(reference)).isEqualTo("CLOSED");
    assertThat(fixture.jdbc.queryForObject("select count(*) from volunteer_assignment where volunteer_id = ?"
        + " and outcome = 'DONE' and active_volunteer_id is null", Long.class, volunteer)).isEqualTo(1L);
  }

  @Test
  void declinedOfferGoesToTheNextVolunteer() {
    long first = fixture.volunteer(livingIn(area.home()));
    long second = fixture.volunteer(livingIn(area.home()));
    String reference = fixture.request(area, Need.FOOD);
    assertThat(fixture.awaitOfferedVolunteer(reference)).isEqualTo(first);
    long firstOffer = fixture.offerId(fixture.dispatchOf(reference));

    assertThat(offers.decline(firstOffer)).isEqualTo(AnswerResult.TAKEN);

    fixture.awaitDispatchAt(reference, "Gateway_OfferAnswer");
    await(() -> fixture.offerId(fixture.dispatchOf(reference)) != firstOffer);
    assertThat(fixture.awaitOfferedVolunteer(reference)).isEqualTo(second);
    assertThat(fixture.offerStatus(firstOffer)).isEqualTo("DECLINED");
    assertThat(offers.accept(firstOffer)).as("a declined offer cannot be accepted later: the link was used")
        .isEqualTo(AnswerResult.ALREADY_ANSWERED);
  }

  @Test
  void unansweredOfferTimesOutAndGoesToTheNextVolunteer() {
    long first = fixture.volunteer(livingIn(area.home()));
    long second = fixture.volunteer(livingIn(area.home()));
    String reference = fixture.request(area, Need.FOOD);
    assertThat(fixture.awaitOfferedVolunteer(reference)).isEqualTo(first);
    ProcessInstance run = fixture.dispatchOf(reference);
    long firstOffer = fixture.offerId(run);
    // P2 from the default builder: PT2H, counted from the window's start when it opens later (at night)
    java.time.Duration answerTime = java.time.Duration.parse((String) runtimeService.getVariable(run.getId(), "offerTimeout"));
    java.time.Duration now = offers.answerTime(firstOffer);
    assertThat(answerTime).isBetween(now, now.plusSeconds(30));
    assertThat(now).isGreaterThanOrEqualTo(java.time.Duration.ofMinutes(119));

    fixture.fireTimer(run, "Timer_OfferExpired");

    assertThat(fixture.offerStatus(firstOffer)).isEqualTo("EXPIRED");
    await(() -> fixture.offerId(fixture.dispatchOf(reference)) != firstOffer);
    assertThat(fixture.awaitOfferedVolunteer(reference)).isEqualTo(second);
    assertThat(offers.accept(firstOffer)).as("too late").isEqualTo(AnswerResult.NO_LONGER_OPEN);
  }

  @Test
  void searchWidensToNeighboursThenTheBoroughThenACoordinatorAllocates() {
    long neighbour = fixture.volunteer(livingIn(area.neighbour()).travelsTo(area.home()));
    long farAway = fixture.volunteer(livingIn(area.far()).travelsTo(area.home()));
    fixture.volunteer(livingIn(area.far())); // will not travel to the resident's district: never asked
    String reference = fixture.request(area, Need.FOOD);

    assertThat(fixture.awaitOfferedVolunteer(reference)).isEqualTo(neighbour);
    ProcessInstance run = fixture.dispatchOf(reference);
    assertThat(run).hasPassed("Task_WidenSearchArea").variables().containsEntry("searchScope", "NEIGHBOURS");

    long neighbourOffer = fixture.offerId(run);
    offers.decline(neighbourOffer);
    await(() -> fixture.offerId(fixture.dispatchOf(reference)) != neighbourOffer);
    assertThat(fixture.awaitOfferedVolunteer(reference)).isEqualTo(farAway);
    assertThat(run).variables().containsEntry("searchScope", "BOROUGH");

    offers.decline(fixture.offerId(run));
    fixture.awaitDispatchAt(reference, "Task_AllocateManually");
    assertThat(task(run)).hasCandidateGroup("volunteer-coordinators");
    // named after its request, so coordinators can tell one 'Allocate manually' from another
    assertThat(task(run).getName()).startsWith("Allocate manually: " + reference + " (");
  }

  @Test
  void coordinatorAssignsAVolunteerTheyReachedAndUnknownEmailsAreRefused() {
    VolunteerBuilder reached = livingIn(area.far()); // does not travel here: only a coordinator can send them
    long reachedId = fixture.volunteer(reached);
    String reference = fixture.request(area, Need.FOOD);
    ProcessInstance run = fixture.awaitDispatchAt(reference, "Task_AllocateManually");
    Task allocate = task(run);

    assertThatThrownBy(() -> completeAsCoordinator(allocate,
        Map.of("allocation", "ASSIGN_VOLUNTEER", "volunteerEmail", "nobody@example.org")))
        .hasMessageContaining("volunteerEmail: no active volunteer has this email");
    assertThat(run).isWaitingAt("Task_AllocateManually");

    completeAsCoordinator(allocate, Map.of("allocation", "ASSIGN_VOLUNTEER", "volunteerEmail", reached.email()));

    assertThat(run).isWaitingAt("Gateway_AwaitOutcome");
    assertThat(fixture.jdbc.queryForObject("select volunteer_id from volunteer_assignment a join volunteer_task t"
        + " on t.id = a.task_id join help_request r on r.id = t.request_id where r.reference = ?", Long.class, reference))
        .isEqualTo(reachedId);
  }

  @Test
  void coordinatorCanRerunMatchingWhenVolunteersBecomeFree() {
    String reference = fixture.request(area, Need.FOOD);
    ProcessInstance run = fixture.awaitDispatchAt(reference, "Task_AllocateManually");
    long joinedLater = fixture.volunteer(livingIn(area.home()));

    completeAsCoordinator(task(run), Map.of("allocation", "RERUN_MATCHING"));

    assertThat(fixture.awaitOfferedVolunteer(reference)).isEqualTo(joinedLater);
  }

  @Test
  void residentNotHomeGetsAWelfareCheckCallThenTheRequestCloses() {
    ProcessInstance run = acceptedRun();
    outcomes.reportOutcome(fixture.offerId(run), Outcome.NOT_HOME, null);

    assertThat(run).isWaitingAt("Task_WelfareCheckCall");
    assertThat(task(run)).hasCandidateGroup("call-handlers");
    taskService.complete(task(run).getId(), Map.of("welfareCallNotes", "Resident was at the GP; shopping arranged"));
    assertThat(run).isEnded().hasPassed("Task_CloseRequest");
  }

  @Test
  void concernRaisedStartsASafeguardingReferralToAdultSocialCareAtOnce() {
    ProcessInstance run = acceptedRun();
    outcomes.reportOutcome(fixture.offerId(run), Outcome.CONCERN, "Very confused, no food in the house");
    org.communityhub.support.Jobs.awaitDueJobs(engine.getManagementService());

    assertThat(run).isWaitingAt("Task_SafeguardingConcern");
    ProcessInstance referral = runtimeService.createProcessInstanceQuery().superProcessInstanceId(run.getId())
        .singleResult();
    assertThat(referral).hasPassed("Task_SendReferral").hasNotPassed("Task_ObtainConsent")
        .isWaitingAt("Timer_FirstSlaBreach");
    long requestId = ((Number) runtimeService.getVariable(run.getId(), "requestId")).longValue();
    assertThat(fixture.jdbc.queryForMap("select r.safeguarding, r.priority, p.code from referral r"
        + " join partner p on p.id = r.partner_id where r.request_id = ?", requestId))
        .containsEntry("safeguarding", true).containsEntry("priority", "P1").containsEntry("code", "asc");
    assertThat(fixture.jdbc.queryForObject("select outcome_notes from volunteer_assignment where offer_id = ?",
        String.class, fixture.offerId(run))).isEqualTo("Very confused, no food in the house");
  }

  @Test
  void overdueOutcomeIsChasedAndTheCoordinatorRecordsIt() {
    ProcessInstance run = acceptedRun();
    long offer = fixture.offerId(run);
    fixture.fireTimer(run, "Timer_ChaseVolunteer");
    assertThat(run).isWaitingAt("Task_ChaseVolunteer");
    assertThat(task(run)).hasCandidateGroup("volunteer-coordinators");

    taskService.complete(task(run).getId(), Map.of("chaseOutcome", "NOT_YET"));
    assertThat(run).isWaitingAt("Gateway_AwaitOutcome");

    fixture.fireTimer(run, "Timer_ChaseVolunteer");
    taskService.complete(task(run).getId(), Map.of("chaseOutcome", "DONE"));
    assertThat(run).isEnded().hasPassed("Task_RecordChaseOutcome", "Task_CloseRequest");
    assertThat(fixture.jdbc.queryForObject("select outcome from volunteer_assignment where offer_id = ?",
        String.class, offer)).isEqualTo("DONE");
  }

  @Test
  void volunteerReportingWhileBeingChasedClosesTheChaseTask() {
    ProcessInstance run = acceptedRun();
    fixture.fireTimer(run, "Timer_ChaseVolunteer");
    assertThat(run).isWaitingAt("Task_ChaseVolunteer");

    outcomes.reportOutcome(fixture.offerId(run), Outcome.DONE, null);

    assertThat(run).isEnded().hasPassed("Event_OutcomeReportedWhileChasing").hasNotPassed("Task_RecordChaseOutcome");
    assertThat(taskService.createTaskQuery().processInstanceId(run.getId()).count()).isZero();
  }

  @Test
  void outcomeCanBeReportedOnlyOnce() {
    ProcessInstance run = acceptedRun();
    long offer = fixture.offerId(run);
    outcomes.reportOutcome(offer, Outcome.NOT_HOME, null);

    assertThat(outcomes.reportOutcome(offer, Outcome.DONE, null)).isEqualTo(AnswerResult.ALREADY_ANSWERED);
    assertThat(run).isWaitingAt("Task_WelfareCheckCall");
  }

  /** Tasklist as a coordinator; signed out again before the test looks (its queries are authorized). */
  private void completeAsCoordinator(Task task, Map<String, Object> variables) {
    identityService.setAuthentication("coordinator", List.of("volunteer-coordinators"));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ProcessInstance acceptedRun() {
    fixture.volunteer(livingIn(area.home()));
    String reference = fixture.request(area, Need.FOOD);
    fixture.awaitOfferedVolunteer(reference);
    ProcessInstance run = fixture.dispatchOf(reference);
    offers.accept(fixture.offerId(run));
    assertThat(run).isWaitingAt("Gateway_AwaitOutcome");
    return run;
  }

  private static void await(java.util.concurrent.Callable<Boolean> condition) {
    org.awaitility.Awaitility.await().atMost(DispatchFixture.PATIENCE).until(condition);
  }
}
