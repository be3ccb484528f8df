package org.communityhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.communityhub.eligibility.EligibilityOutcome;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.eligibility.Priority;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of processes/helpline-intake.bpmn, driven with the variables the Tasklist start
 * form submits, through the real delegates, eligibility.dmn and PostgreSQL.
 */
@HubIntegrationTest
class HelplineIntakeProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired IntakeService intake;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void vulnerableResidentNeedingShoppingWaitsForVolunteerDispatch() {
    ProcessInstance instance = start(aRequest().needs(Need.FOOD).urgency(Urgency.URGENT).shielding(true).build());

    assertThat(instance).isWaitingAt("Task_DispatchVolunteer")
        .hasPassed("Task_RegisterRequest", "Task_CheckArea", "Task_AssessEligibility", "Task_RecordEligibility")
        .variables().containsEntry("eligibilityOutcome", "VOLUNTEER").containsEntry("priority", "P1");
    HelpRequest request = requestOf(instance);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.AWAITING_VOLUNTEER);
    assertThat(request.getPriority()).isEqualTo(Priority.P1);
    assertThat(request.getPostcodeDistrict()).isEqualTo("WA10");

    // volunteer-dispatch.bpmn takes over under the same business key (its paths: VolunteerDispatchProcessTest)
    ProcessInstance dispatch = runtimeService.createProcessInstanceQuery().processDefinitionKey("volunteer-dispatch")
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(dispatch.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    assertThat(dispatch).variables().containsEntry("requestId", request.getId()).containsEntry("priority", "P1")
        .containsEntry("reference", instance.getBusinessKey());
  }

  @Test
  void housingNeedIsReferredToAHousingProvider() {
    ProcessInstance instance = start(aRequest().needs(Need.HOUSING).build());

    assertThat(instance).isWaitingAt("Task_ReferToPartner");
    HelpRequest request = requestOf(instance);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.AWAITING_REFERRAL);
    assertThat(request.getPartnerType()).isEqualTo(PartnerType.HOUSING_PROVIDER);
    ProcessInstance referral = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult();
    assertThat(referral.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    assertThat(runtimeService.getVariable(referral.getId(), "partnerType")).isEqualTo("HOUSING_PROVIDER");
  }

  @Test
  void residentWhoseFamilyCanHelpIsSignpostedToTheDirectoryAndClosed() {
    ProcessInstance instance = start(aRequest().supportNetworkAvailable(true).build());

    assertThat(instance).isEnded().hasPassed("Task_SignpostToDirectory", "EndEvent_SignpostedToDirectory");
    HelpRequest request = requestOf(instance);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.SIGNPOSTED);
    assertThat(request.getEligibilityOutcome()).isEqualTo(EligibilityOutcome.SIGNPOST);
    assertThat(request.getSignpostedTo()).contains("Service directory");
    assertThat(request.getClosedAt()).isNotNull();
  }

  @Test
  void residentOutsideTheAreaIsSignpostedToTheirOwnCouncilWithoutAnEligibilityDecision() {
    ProcessInstance instance = start(aRequest().postcode("WA1 1AA").build());

    assertThat(instance).isEnded()
        .hasPassed("Task_SignpostToOwnCouncil", "EndEvent_SignpostedToOwnCouncil")
        .hasNotPassed("Task_AssessEligibility");
    HelpRequest request = requestOf(instance);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.OUT_OF_AREA);
    assertThat(request.getSignpostedTo()).contains("Warrington Borough Council");
    assertThat(request.getEligibilityOutcome()).isNull();
  }

  @Test
  void unknownCouncilAreaIsSignpostedToFindYourCouncil() {
    ProcessInstance instance = start(aRequest().postcode("SW1A 1AA").build());

    assertThat(instance).isEnded().hasPassed("EndEvent_SignpostedToOwnCouncil");
    assertThat(requestOf(instance).getSignpostedTo()).contains("gov.uk/find-local-council");
  }

  @Test
  void secondRequestFromResidentWithOpenRequestIsAttachedAndTheCallHandlerIsTold() {
    IntakeCommand first = aRequest().needs(Need.FOOD).build();
    ProcessInstance firstInstance = start(first);
    assertThat(firstInstance).isWaitingAt("Task_DispatchVolunteer");

    identityService.setAuthentication("callhandler", java.util.List.of("call-handlers"));
    ProcessInstance second = start(aRequest().sameResidentAs(first).needs(Need.PRESCRIPTIONS).build());
    identityService.clearAuthentication();

    assertThat(second).isWaitingAt("Task_ReviewAttachedRequest").hasNotPassed("Task_CheckArea");
    assertThat(task(second)).isAssignedTo("callhandler");
    assertThat(taskService.getIdentityLinksForTask(task(second).getId()))
        .anyMatch(link -> "call-handlers".equals(link.getGroupId()));
    assertThat(second).variables().containsEntry("attachedToReference", firstInstance.getBusinessKey());
    HelpRequest attached = requestOf(second);
    assertThat(attached.getStatus()).isEqualTo(RequestStatus.ATTACHED);
    assertThat(attached.getAttachedToId()).isEqualTo(requestOf(firstInstance).getId());
    assertThat(attached.getResidentId()).isEqualTo(requestOf(firstInstance).getResidentId());
    // still only one open request for the resident
    assertThat(jdbc.queryForObject("select count(*) from help_request where resident_id = ? and status in"
        + " ('RECEIVED','IN_REVIEW','AWAITING_VOLUNTEER','AWAITING_REFERRAL')", Long.class,
        attached.getResidentId())).isEqualTo(1L);

    taskService.complete(task(second).getId());
    assertThat(second).isEnded().hasPassed("EndEvent_AttachedToOpenRequest");
  }

  @Test
  void closedRequestDoesNotCatchTheNextOne() {
    IntakeCommand first = aRequest().supportNetworkAvailable(true).build();
    assertThat(start(first)).isEnded();

    ProcessInstance second = start(aRequest().sameResidentAs(first).build());

    assertThat(second).isWaitingAt("Task_DispatchVolunteer");
  }

  @Test
  void undecidedRequestGoesToAnOfficerWhoseDecisionRoutesIt() {
    ProcessInstance instance = start(aRequest().youngAndNotVulnerable().needs(Need.FOOD).build());

    assertThat(instance).isWaitingAt("Task_ReviewEligibility");
    assertThat(task(instance)).hasCandidateGroup("eligibility-officers");
    assertThat(requestOf(instance).getStatus()).isEqualTo(RequestStatus.IN_REVIEW);

    completeReviewAs("officer", instance, Map.of("reviewOutcome", "REFER", "reviewPriority", "P2",
        "reviewPartnerType", "VOLUNTARY_SECTOR", "reviewReason", "Carer has fallen ill; befriending charity can help"));

    assertThat(instance).isWaitingAt("Task_ReferToPartner").hasPassed("Task_RecordReviewDecision");
    HelpRequest request = requestOf(instance);
    assertThat(request.getStatus()).isEqualTo(RequestStatus.AWAITING_REFERRAL);
    assertThat(request.getPartnerType()).isEqualTo(PartnerType.VOLUNTARY_SECTOR);
    assertThat(request.getDecidedBy()).isEqualTo("officer");
  }

  @Test
  void officerCanSendAVolunteer() {
    ProcessInstance instance = start(aRequest().needs(Need.OTHER).build());
    assertThat(instance).isWaitingAt("Task_ReviewEligibility");

    completeReviewAs("officer", instance, Map.of("reviewOutcome", "VOLUNTEER", "reviewPriority", "P1",
        "reviewReason", "Needs a lift to the pharmacy today"));

    assertThat(instance).isWaitingAt("Task_DispatchVolunteer");
    assertThat(requestOf(instance).getPriority()).isEqualTo(Priority.P1);
  }

  @Test
  void officerCanSignpost() {
    ProcessInstance instance = start(aRequest().needs(Need.OTHER).build());

    completeReviewAs("officer", instance, Map.of("reviewOutcome", "SIGNPOST", "reviewPriority", "P3",
        "reviewReason", "Asked about bin collections"));

    assertThat(instance).isEnded().hasPassed("EndEvent_SignpostedToDirectory");
    assertThat(requestOf(instance).getStatus()).isEqualTo(RequestStatus.SIGNPOSTED);
  }

  @Test
  void referralWithoutPartnerTypeIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance instance = start(aRequest().needs(Need.OTHER).build());

    assertThatThrownBy(() -> completeReviewAs("officer", instance,
        Map.of("reviewOutcome", "REFER", "reviewPriority", "P2", "reviewReason", "x")))
        .isInstanceOf(IntakeValidationException.class)
        .hasMessageContaining("reviewPartnerType: choose the kind of partner to refer to");

    assertThat(instance).isWaitingAt("Task_ReviewEligibility");
    assertThat(requestOf(instance).getStatus()).isEqualTo(RequestStatus.IN_REVIEW);
  }

  @Test
  void personalDetailsDoNotStayInProcessVariables() {
    ProcessInstance instance = start(aRequest().build());

    assertThat(instance).variables()
        .doesNotContainKeys("firstName", "lastName", "dateOfBirth", "phone", "email", "addressLine1", "postcode")
        .containsKeys("requestId", "reference", "age", "needs");
    assertThat(instance.getBusinessKey()).matches("HR-\\d{4}-\\d{6}");
  }

  /** Starts intake as Tasklist's start form does, then runs the step after registration as the job executor would. */
  private ProcessInstance start(IntakeCommand command) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(IntakeVariables.PROCESS_KEY,
        IntakeVariables.of(command));
    intake.carryOn(instance.getBusinessKey()); // the reference, set by Task_RegisterRequest
    return instance;
  }

  private void completeReviewAs(String officer, ProcessInstance instance, Map<String, Object> decision) {
    Task review = task(instance);
    identityService.setAuthentication(officer, java.util.List.of("eligibility-officers"));
    try {
      taskService.complete(review.getId(), decision);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private HelpRequest requestOf(ProcessInstance instance) {
    String reference = instance.getBusinessKey() != null ? instance.getBusinessKey()
        : engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceId(instance.getId()).singleResult().getBusinessKey();
    return intake.findByReference(reference).orElseThrow();
  }
}
