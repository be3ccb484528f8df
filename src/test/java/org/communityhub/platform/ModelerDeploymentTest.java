package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
import org.communityhub.support.ModelerDeploy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A process owner changes a diagram or a rule table in Camunda Modeler and presses "Deploy": new
 * requests follow the new version, requests already under way finish on the version they started
 * on, and deploying an unchanged file again adds no version.
 */
@HubIntegrationTest
class ModelerDeploymentTest {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IntakeService intake;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeTheModelerDeployments() {
    // the context is shared: later tests get the processes as the hub deployed them
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void changedDiagramServesNewRequestsWhileRunningRequestsKeepTheirVersion() throws IOException {
    ProcessInstance running = submitRequestNeedingReview();
    ProcessDefinition before = definitionOf(running);

    String changed = Files.readString(Path.of("processes/helpline-intake.bpmn"))
        .replaceFirst("<bpmn:documentation>", "<bpmn:documentation>Changed in Modeler: wording only. ");
    ResponseEntity<Map<String, Object>> deployed = deployFromModeler("helpline-intake", "helpline-intake.bpmn", changed);

    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey("helpline-intake")
        .latestVersion().singleResult();
    assertThat(latest.getVersion()).isEqualTo(before.getVersion() + 1);
    assertThat(sourceOf(latest.getDeploymentId())).isEqualTo("Camunda Modeler");

    ProcessInstance started = submitRequestNeedingReview();
    assertThat(definitionOf(started).getId()).isEqualTo(latest.getId());
    assertThat(waitingTask(started)).isEqualTo("Task_ReviewEligibility");

    ProcessInstance stillRunning = runtimeService.createProcessInstanceQuery().processInstanceId(running.getId())
        .singleResult();
    assertThat(stillRunning.getProcessDefinitionId()).isEqualTo(before.getId());
    assertThat(waitingTask(running)).isEqualTo("Task_ReviewEligibility");

    // Deploying the same file again (Modeler sends deploy-changed-only) adds no version.
    ResponseEntity<Map<String, Object>> again = deployFromModeler("helpline-intake", "helpline-intake.bpmn", changed);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("helpline-intake")
        .latestVersion().singleResult().getId()).isEqualTo(latest.getId());
  }

  @Test
  void changedRuleTableIsUsedForNewRequestsAndGivesTheSameAnswer() throws IOException {
    int before = latestEligibilityRules().getVersion();

    // A reworded description of the first rule: the same answers for every request.
    String changed = Files.readString(Path.of("processes/eligibility.dmn"))
        .replaceFirst("<rule id=\"Rule_01\">\\s*<description>", "$0Reworded in Modeler: ");
    assertThat(changed).contains("Reworded in Modeler: ");
    ResponseEntity<Map<String, Object>> deployed = deployFromModeler("eligibility", "eligibility.dmn", changed);

    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    DecisionDefinition latest = latestEligibilityRules();
    assertThat(latest.getVersion()).isEqualTo(before + 1);
    assertThat(sourceOf(latest.getDeploymentId())).isEqualTo("Camunda Modeler");

    ProcessInstance started = submitRequestNeedingReview();
    assertThat(waitingTask(started)).isEqualTo("Task_ReviewEligibility");
    assertThat(runtimeService.getVariable(started.getId(), "eligibilityOutcome")).isEqualTo("REVIEW");
  }

  /** A need the rules cannot decide: the request waits for an eligibility officer. */
  private ProcessInstance submitRequestNeedingReview() {
    String reference = intake.submit(aRequest().needs(Need.OTHER).build()).reference();
    Jobs.awaitDueJobs(managementService);
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("helpline-intake")
        .processInstanceBusinessKey(reference).singleResult();
  }

  private ProcessDefinition definitionOf(ProcessInstance instance) {
    return repositoryService.getProcessDefinition(instance.getProcessDefinitionId());
  }

  private String waitingTask(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey();
  }

  private String sourceOf(String deploymentId) {
    return repositoryService.createDeploymentQuery().deploymentId(deploymentId).singleResult().getSource();
  }

  private DecisionDefinition latestEligibilityRules() {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("eligibility").latestVersion()
        .singleResult();
  }

  /** What Camunda Modeler's "Deploy" sends, as the process owner; its deployment is removed after the test. */
  private ResponseEntity<Map<String, Object>> deployFromModeler(String name, String fileName, String content) {
    ResponseEntity<String> answer = ModelerDeploy.deploy(rest, name, fileName, content);
    Map<String, Object> body;
    try {
      body = answer.getBody() == null ? null
          : new ObjectMapper().readValue(answer.getBody(), new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    if (body != null && body.get("id") instanceof String id && !deployments.contains(id)) {
      deployments.add(id);
    }
    return new ResponseEntity<>(body, answer.getHeaders(), answer.getStatusCode());
  }
}
