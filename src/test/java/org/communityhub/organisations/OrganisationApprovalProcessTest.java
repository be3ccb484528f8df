package org.communityhub.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.volunteers.Skill;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/organisation-approval.bpmn, real: an organisation that offers help itself waits at
 * 'Approve organisation' for volunteer coordinators and is given no requests until approved.
 */
@HubIntegrationTest
class OrganisationApprovalProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired OrganisationService organisations;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void anOfferWaitsForACoordinatorAndIsGivenRequestsOnceApprovedInTasklist() {
    long id = offer("Approval Vans");
    ProcessInstance run = approvalOf(id);
    assertThat(run).isWaitingAt("Task_ApproveOrganisation");
    Task task = BpmnAwareTests.task(run);
    assertThat(task).hasCandidateGroup("volunteer-coordinators");
    assertThat(task.getName()).startsWith("Approve organisation: Approval Vans").contains("Driving, Shopping");
    assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.AWAITING_APPROVAL);
    assertThat(organisations.availableFor("WA10", Set.of(Skill.SHOPPING))).extracting(Organisation::id).doesNotContain(id);

    taskService.complete(task.getId(), Map.of("organisationApproval", "APPROVED"));

    assertThat(run).isEnded().hasPassed("Task_RecordApproval", "EndEvent_Decided");
    assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.APPROVED);
    assertThat(organisations.availableFor("WA10", Set.of(Skill.SHOPPING))).extracting(Organisation::id).contains(id);
  }

  @Test
  void aDeclinedOrganisationIsNeverGivenRequests() {
    long id = offer("Declined Deliveries");
    ProcessInstance run = approvalOf(id);
    organisations.decide(id, false);

    assertThat(run).isEnded();
    assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.DECLINED);
    assertThat(organisations.availableFor("WA10", Set.of(Skill.SHOPPING))).extracting(Organisation::id).doesNotContain(id);
    assertThatThrownBy(() -> organisations.decide(id, true)).isInstanceOf(OrganisationValidationException.class)
        .hasMessageContaining("not waiting for approval");
  }

  @Test
  void anAnswerThatIsNeitherApprovedNorDeclinedIsRefusedAndTheTaskStaysOpen() {
    long id = offer("Unsure Grocers");
    Task task = BpmnAwareTests.task(approvalOf(id));

    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("organisationApproval", "MAYBE")))
        .isInstanceOf(OrganisationValidationException.class);
    assertThat(approvalOf(id)).isWaitingAt("Task_ApproveOrganisation");
    assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.AWAITING_APPROVAL);
  }

  @Test
  void anOfferWithAProblemStoresNothingAndStartsNoProcess() {
    String name = "Nameless " + System.nanoTime();
    assertThatThrownBy(() -> organisations.offer(new NewOrganisation(name, "BUSINESS", "Sam", "01632 960111", null,
        List.of("SHOPPING"), 0, List.of("WA10")), null)).isInstanceOf(OrganisationValidationException.class);
    assertThat(organisations.findByName(name)).isEmpty();
  }

  private long offer(String name) {
    return organisations.offer(new NewOrganisation(name + " " + System.nanoTime(), "BUSINESS", "Sam Patel",
        "01632 960123", null, List.of("SHOPPING", "DRIVING"), 3, List.of("WA10")), "Two vans on weekday mornings");
  }

  private ProcessInstance approvalOf(long id) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("organisation-approval")
        .processInstanceBusinessKey("organisation-" + id).singleResult();
  }
}
