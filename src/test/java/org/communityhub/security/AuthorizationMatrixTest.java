package org.communityhub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What each staff group can see through Camunda's REST API (the same checks guard Tasklist and
 * Cockpit): tasks by candidate group, running and historic instances, definitions.
 */
@HubIntegrationTest
class AuthorizationMatrixTest {

  @Autowired TestRestTemplate rest;
  @Autowired IntakeService intake;
  @Autowired ManagementService management;
  private final ObjectMapper json = new ObjectMapper();
  private String reviewReference;
  private String attachedReference;

  @BeforeEach
  void oneTaskForOfficersAndOneForCallHandlers() {
    reviewReference = intake.submit(aRequest().needs(Need.OTHER).build()).reference();
    var resident = aRequest().build();
    intake.submit(resident);
    attachedReference = intake.submit(aRequest().sameResidentAs(resident).build()).reference();
    Jobs.awaitDueJobs(management);
  }

  @Test
  void eachGroupSeesOnlyItsOwnTasks() throws Exception {
    assertThat(taskKeys("callhandler")).contains("Task_ReviewAttachedRequest").doesNotContain("Task_ReviewEligibility");
    assertThat(taskKeys("officer")).contains("Task_ReviewEligibility").doesNotContain("Task_ReviewAttachedRequest");
    for (String user : List.of("coordinator", "dutymanager", "processowner", "dpo")) {
      assertThat(taskKeys(user)).as(user).doesNotContain("Task_ReviewEligibility", "Task_ReviewAttachedRequest");
    }
    assertThat(taskKeys("admin")).contains("Task_ReviewEligibility", "Task_ReviewAttachedRequest");
  }

  @Test
  void onlyDutyManagersAndAdminsSeeRunningAndHistoricRequests() throws Exception {
    for (String user : List.of("dutymanager", "admin")) {
      assertThat(count(user, "/engine-rest/process-instance/count?businessKey=" + reviewReference)).as(user).isEqualTo(1);
      assertThat(count(user, "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + reviewReference))
          .as(user).isEqualTo(1);
    }
    for (String user : List.of("callhandler", "officer", "coordinator", "processowner", "dpo")) {
      assertThat(count(user, "/engine-rest/process-instance/count?businessKey=" + reviewReference)).as(user).isZero();
      assertThat(count(user, "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + reviewReference))
          .as(user).isZero();
      assertThat(count(user, "/engine-rest/history/variable-instance/count?processInstanceBusinessKey=" + attachedReference))
          .as(user + " reads no variables of residents").isZero();
    }
  }

  @Test
  void definitionsAreVisibleToThoseWhoStartOrChangeThem() throws Exception {
    assertThat(definitionKeys("callhandler")).containsExactlyInAnyOrder("helpline-intake", "partner-referral");
    assertThat(definitionKeys("processowner")).contains("helpline-intake", "partner-referral");
    assertThat(definitionKeys("officer")).isEmpty();
    assertThat(definitionKeys("coordinator")).isEmpty();
    // Other tests deploy versions of their own: count the latest.
    assertThat(count("processowner", "/engine-rest/decision-definition/count?key=eligibility&latestVersion=true"))
        .isEqualTo(1);
    assertThat(count("callhandler", "/engine-rest/decision-definition/count?key=eligibility")).isZero();
  }

  private List<String> taskKeys(String user) throws Exception {
    List<String> keys = new ArrayList<>();
    for (String reference : List.of(reviewReference, attachedReference)) {
      JsonNode tasks = json.readTree(rest.withBasicAuth(user, "demo").getForObject(
          "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + reference, String.class));
      tasks.forEach(task -> keys.add(task.path("taskDefinitionKey").asText()));
    }
    return keys;
  }

  private List<String> definitionKeys(String user) throws Exception {
    List<String> keys = new ArrayList<>();
    json.readTree(rest.withBasicAuth(user, "demo").getForObject("/engine-rest/process-definition?latestVersion=true&maxResults=50",
        String.class)).forEach(definition -> keys.add(definition.path("key").asText()));
    return keys;
  }

  private long count(String user, String url) throws Exception {
    return json.readTree(rest.withBasicAuth(user, "demo").getForObject(url, String.class)).path("count").asLong();
  }
}
