package org.communityhub.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.communityhub.disclosures.DisclosureService;
import org.communityhub.disclosures.DisclosureView;
import org.communityhub.intake.IntakeCommand;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.IntakeValidationException;
import org.communityhub.intake.Need;
import org.communityhub.intake.RequestStatus;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/partner-referral.bpmn, with its SLA timers, on PostgreSQL. */
@HubIntegrationTest
class PartnerReferralProcessTest {

  /** Demo partner ids (db/demo): the housing association and adult social care. */
  static final long HOUSING = 3;
  static final long ADULT_SOCIAL_CARE = 1;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired IntakeService intake;
  @Autowired ReferralService referrals;
  @Autowired DisclosureService disclosures;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void consentedReferralIsSentAcknowledgedAcceptedAndClosed() {
    String reference = refer(aRequest().needs(Need.HOUSING).build());
    ProcessInstance referral = referralOf(reference);
    assertThat(referral).isWaitingAt("Timer_FirstSlaBreach").hasPassed("Task_SendReferral");
    long referralId = referralId(referral);
    assertThat(referrals.find(referralId).orElseThrow().getStatus()).isEqualTo(ReferralStatus.SENT);

    referrals.act(HOUSING, referralId, PartnerAction.ACKNOWLEDGE, null);
    assertThat(referral).isWaitingAt("Gateway_AcceptOrDecline");
    referrals.act(HOUSING, referralId, PartnerAction.ACCEPT, null);
    referrals.act(HOUSING, referralId, PartnerAction.CLOSE, "Moved to a ground-floor flat");

    assertThat(referral).isEnded().hasPassed("Event_Closed", "Task_CloseRequest", "EndEvent_ReferralFinished");
    assertThat(intake.findByReference(reference).orElseThrow().getStatus()).isEqualTo(RequestStatus.CLOSED);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
  }

  @Test
  void firstSlaBreachNotifiesTheEscalationContactAndTheSecondCreatesChasePartner() {
    ProcessInstance referral = referralOf(refer(aRequest().needs(Need.HOUSING).build()));
    long referralId = referralId(referral);

    Jobs.fireTimer(management, referral.getId(), "Timer_FirstSlaBreach");
    assertThat(referral).hasPassed("Task_NotifyEscalationContact").isWaitingAt("Timer_SecondSlaBreach");
    assertThat(referrals.find(referralId).orElseThrow().getEscalations()).isEqualTo(1);
    // The housing association's escalation contact is emailed through Notify, once, without resident data.
    var escalation = jdbc.queryForMap("select * from notification_outbox where message_key = ?",
        "referral-" + referralId + "-escalation-1");
    assertThat(escalation).containsEntry("channel", "EMAIL").containsEntry("recipient", "partner:housing")
        .containsEntry("status", "SENT");
    assertThat((String) escalation.get("personalisation")).contains("Demo Homes Housing Association")
        .doesNotContain("Resident", "Street", "07700");

    Jobs.fireTimer(management, referral.getId(), "Timer_SecondSlaBreach");
    assertThat(referral).isWaitingAt("Task_ChasePartner");
    assertThat(taskService.getIdentityLinksForTask(task(referral).getId()))
        .anyMatch(link -> "duty-managers".equals(link.getGroupId()));

    taskService.complete(task(referral).getId(), Map.of("chaseNotes", "Spoke to their duty manager"));
    assertThat(referral).isWaitingAt("Timer_SecondSlaBreach");

    // The partner answers at last: the SLA chase stops.
    referrals.act(HOUSING, referralId, PartnerAction.ACKNOWLEDGE, null);
    assertThat(referral).isWaitingAt("Gateway_AcceptOrDecline");
    assertThat(management.createJobQuery().processInstanceId(referral.getId()).timers().count()).isZero();
  }

  @Test
  void declineBeforeAcknowledgingAsksCallHandlersToFindOtherSupport() {
    String reference = refer(aRequest().needs(Need.HOUSING).build());
    ProcessInstance referral = referralOf(reference);

    referrals.act(HOUSING, referralId(referral), PartnerAction.DECLINE, "No vacancies in this district");

    assertThat(referral).isWaitingAt("Task_FindAlternativeSupport").hasPassed("Event_DeclinedBeforeAcknowledging");
    assertThat(taskService.getIdentityLinksForTask(task(referral).getId()))
        .anyMatch(link -> "call-handlers".equals(link.getGroupId()));
    assertThat(referral).variables().containsEntry("partnerAnswer", "No vacancies in this district");

    taskService.complete(task(referral).getId(), Map.of("alternativeSupport", "Council housing options team"));
    assertThat(referral).isEnded();
    assertThat(intake.findByReference(reference).orElseThrow().getStatus()).isEqualTo(RequestStatus.CLOSED);
  }

  @Test
  void declineAfterAcknowledgingAlsoFindsOtherSupport() {
    ProcessInstance referral = referralOf(refer(aRequest().needs(Need.HOUSING).build()));
    long referralId = referralId(referral);
    referrals.act(HOUSING, referralId, PartnerAction.ACKNOWLEDGE, null);

    referrals.act(HOUSING, referralId, PartnerAction.DECLINE, "Outside our stock");

    assertThat(referral).isWaitingAt("Task_FindAlternativeSupport").hasPassed("Event_DeclinedAfterAcknowledging");
  }

  @Test
  void outOfOrderPartnerCallsAreRefusedAndChangeNothing() {
    ProcessInstance referral = referralOf(refer(aRequest().needs(Need.HOUSING).build()));
    long referralId = referralId(referral);

    assertThatThrownBy(() -> referrals.act(HOUSING, referralId, PartnerAction.ACCEPT, null))
        .isInstanceOf(ReferralStateException.class).hasMessageContaining("is SENT: it cannot be accepted");
    assertThatThrownBy(() -> referrals.act(HOUSING, referralId, PartnerAction.CLOSE, "done"))
        .isInstanceOf(ReferralStateException.class);
    assertThatThrownBy(() -> referrals.act(ADULT_SOCIAL_CARE, referralId, PartnerAction.ACKNOWLEDGE, null))
        .isInstanceOf(ReferralNotFoundException.class);

    assertThat(referrals.find(referralId).orElseThrow().getStatus()).isEqualTo(ReferralStatus.SENT);
    assertThat(referral).isWaitingAt("Timer_FirstSlaBreach");
  }

  @Test
  void twoAcknowledgementsAtOnceEndInOneAcknowledgementAndOneRefusal() throws Exception {
    ProcessInstance referral = referralOf(refer(aRequest().needs(Need.HOUSING).build()));
    long referralId = referralId(referral);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    java.util.List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    try {
      for (int i = 0; i < 4; i++) {
        outcomes.add(pool.submit(() -> {
          start.await();
          try {
            referrals.act(HOUSING, referralId, PartnerAction.ACKNOWLEDGE, null);
            return "acknowledged";
          } catch (ReferralStateException e) {
            return "refused";
          }
        }));
      }
      start.countDown();
      java.util.List<String> results = new java.util.ArrayList<>();
      for (var outcome : outcomes) {
        results.add(outcome.get());
      }
      assertThat(results).containsOnlyOnce("acknowledged").containsOnly("acknowledged", "refused");
    } finally {
      pool.shutdownNow();
    }
    assertThat(referrals.find(referralId).orElseThrow().getStatus()).isEqualTo(ReferralStatus.ACKNOWLEDGED);
    assertThat(referral).isWaitingAt("Gateway_AcceptOrDecline");
  }

  @Test
  void withoutConsentTheReferralWaitsForACallHandlerToObtainIt() {
    IntakeCommand noConsent = aRequest().needs(Need.HOUSING).consentToShare(false).build();
    ProcessInstance referral = referralOf(refer(noConsent));
    assertThat(referral).isWaitingAt("Task_ObtainConsent").hasNotPassed("Task_SendReferral");
    assertThat(disclosuresFor(referral)).isEmpty();

    taskService.complete(task(referral).getId(), Map.of("consentObtained", "true"));
    Jobs.awaitDueJobs(management);

    assertThat(referral).hasPassed("Task_SendReferral").isWaitingAt("Timer_FirstSlaBreach");
    assertThat(disclosuresFor(referral)).singleElement()
        .satisfies(d -> assertThat(d.lawfulBasis()).contains("the resident consented"));
  }

  @Test
  void refusedConsentWithdrawsTheReferralAndDisclosesNothing() {
    ProcessInstance referral = referralOf(refer(aRequest().needs(Need.HOUSING).consentToShare(false).build()));

    taskService.complete(task(referral).getId(), Map.of("consentObtained", "false"));

    assertThat(referral).isWaitingAt("Task_FindAlternativeSupport").hasNotPassed("Task_SendReferral");
    assertThat(referrals.find(referralId(referral)).orElseThrow().getStatus()).isEqualTo(ReferralStatus.WITHDRAWN);
    assertThat(disclosuresFor(referral)).isEmpty();
  }

  @Test
  void safeguardingReferralGoesAtOnceWithoutConsentAndRecordsItsLawfulBasis() {
    String reference = intake.submit(aRequest().consentToShare(false).build()).reference();
    long requestId = intake.findByReference(reference).orElseThrow().getId();

    ProcessInstance referral = runtimeService.startProcessInstanceByKey("partner-referral", reference, Map.of(
        "requestId", requestId, "partnerType", "ADULT_SOCIAL_CARE", "priority", "P1", "safeguarding", true,
        "referralReason", "Volunteer found resident without heating"));
    Jobs.awaitDueJobs(management);

    assertThat(referral).hasNotPassed("Task_ObtainConsent").hasPassed("Task_SendReferral");
    DisclosureView disclosure = disclosuresFor(referral).get(0);
    assertThat(disclosure.lawfulBasis()).contains("Care Act 2014 s42").contains("without consent");
    assertThat(disclosure.recipient()).isEqualTo("asc");
    assertThat(disclosure.purpose()).isEqualTo("safeguarding referral");
  }

  @Test
  void noPartnerOfTheTypeMeansFindingOtherSupport() {
    String reference = intake.submit(aRequest().build()).reference();
    ProcessInstance referral = runtimeService.startProcessInstanceByKey("partner-referral",
        Map.of("reference", reference, "partnerType", "OTHER", "referralReason", "Needs legal advice"));

    assertThat(referral).isWaitingAt("Task_FindAlternativeSupport").hasNotPassed("Task_SendReferral");
  }

  @Test
  void staffReferralNeedsTheReferenceOfAnOpenRequest() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("partner-referral",
        Map.of("reference", "HR-1999-000001", "partnerType", "NHS", "referralReason", "x")))
        .isInstanceOf(IntakeValidationException.class)
        .hasMessageContaining("reference: no open request has this reference");
  }

  private String refer(IntakeCommand command) {
    String reference = intake.submit(command).reference();
    Jobs.awaitDueJobs(management);
    return reference;
  }

  private ProcessInstance referralOf(String reference) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("partner-referral")
        .processInstanceBusinessKey(reference).singleResult();
  }

  private long referralId(ProcessInstance referral) {
    return ((Number) runtimeService.getVariable(referral.getId(), "referralId")).longValue();
  }

  private java.util.List<DisclosureView> disclosuresFor(ProcessInstance referral) {
    long requestId = ((Number) runtimeService.getVariable(referral.getId(), "requestId")).longValue();
    long residentId = intake.find(requestId).orElseThrow().getResidentId();
    return disclosures.forResident(residentId);
  }
}
