package org.communityhub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Camunda's REST API as staff reach it: authenticated, and each group sees only its own work. */
@HubIntegrationTest
class EngineRestSecurityTest {

  @Autowired TestRestTemplate rest;
  @Autowired IntakeService intake;
  @Autowired RepositoryService repositoryService;

  @Test
  void restApiRefusesCallsWithoutCredentials() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/process-instance", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // A stranger, not a demo user: a wrong password briefly locks a real account (Camunda's login delay).
    assertThat(rest.withBasicAuth("stranger", "guess").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void callHandlerCannotSeeOrWorkAnEligibilityOfficersTask() {
    String reference = intake.submit(aRequest().needs(Need.OTHER).build()).reference();

    List<Map<String, Object>> officerTasks = tasks("officer", reference);
    assertThat(officerTasks).extracting(t -> t.get("taskDefinitionKey")).containsExactly("Task_ReviewEligibility");
    assertThat(tasks("callhandler", reference)).isEmpty();
    assertThat(tasks("coordinator", reference)).isEmpty();

    String taskId = (String) officerTasks.get(0).get("id");
    ResponseEntity<String> completeByCallHandler = rest.withBasicAuth("callhandler", "demo")
        .exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST, json("{}"), String.class);
    assertThat(completeByCallHandler.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void callHandlerSeesTheirOwnTeamsTask() {
    var first = aRequest().build();
    intake.submit(first);
    String reference = intake.submit(aRequest().sameResidentAs(first).build()).reference();

    assertThat(tasks("callhandler", reference)).extracting(t -> t.get("taskDefinitionKey"))
        .containsExactly("Task_ReviewAttachedRequest");
    assertThat(tasks("officer", reference)).isEmpty();
  }

  @Test
  void callHandlerCanStartIntakeOverRestAndBadInputIsRefusedWithTheFieldNamed() {
    String body = """
        {"variables":{"firstName":{"value":"Ann"},"lastName":{"value":"Lee"},"dateOfBirth":{"value":"2999-01-01"},
         "addressLine1":{"value":"1 High St"},"town":{"value":"St Helens"},"postcode":{"value":"WA10 1AA"},
         "phone":{"value":"01744 000000"},"needFood":{"value":true},"urgency":{"value":"SOON"},
         "supportNetworkAvailable":{"value":"false"}}}""";
    ResponseEntity<String> refused = rest.withBasicAuth("callhandler", "demo").exchange(
        "/engine-rest/process-definition/key/helpline-intake/start", HttpMethod.POST, json(body), String.class);
    assertThat(refused.getStatusCode().isError()).isTrue();
    assertThat(refused.getBody()).contains("Date of birth: must be in the past").contains("\"field\":\"dateOfBirth\"");

    ResponseEntity<Map<String, Object>> started = rest.withBasicAuth("callhandler", "demo").exchange(
        "/engine-rest/process-definition/key/helpline-intake/start", HttpMethod.POST,
        json(body.replace("2999-01-01", "1944-01-01")), new ParameterizedTypeReference<>() {});
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) started.getBody().get("businessKey")).startsWith("HR-");
  }

  @Test
  void otherGroupsCannotStartIntake() {
    ResponseEntity<String> response = rest.withBasicAuth("coordinator", "demo").exchange(
        "/engine-rest/process-definition/key/helpline-intake/start", HttpMethod.POST, json("{}"), String.class);
    // Without READ on the definition the engine does not even reveal it exists.
    assertThat(response.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(response.getBody()).doesNotContain("businessKey");
  }

  @Test
  void onlyProcessOwnersMayDeploy() {
    assertThat(deployAs("callhandler").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deployAs("dutymanager").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map<String, Object>> byOwner = deployAs("processowner");
    assertThat(byOwner.getStatusCode()).isEqualTo(HttpStatus.OK);
    repositoryService.deleteDeployment((String) byOwner.getBody().get("id"), true);
  }

  /**
   * The hub's guard answers the setup endpoint itself, before Camunda's CSRF filter and its own
   * "an administrator exists" check (either would also refuse this call, so a bare 403 proves
   * nothing). That nothing is created even with no administrator is EngineHardeningTest's.
   */
  @Test
  void adminSetupEndpointIsRefusedByTheHubsGuard() {
    ResponseEntity<String> response = rest.exchange("/camunda/api/admin/setup/default/user/create",
        HttpMethod.POST, json("{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}"), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("Initial administrator setup is disabled");
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/engine-rest/user/intruder/profile", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void taskQueriesWithExpressionsInOrQueriesAreRefused() {
    for (String body : List.of(
        "{\"orQueries\":[{\"nameLike\":\"${'Review' += ' eligibility'}\"}]}",
        "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}",
        "{\"orQueries\":[{\"candidateGroupsExpression\":\"#{currentUserGroups()}\"}]}")) {
      // maxResults within the query limit, so the limit does not refuse the call before the guard runs
      ResponseEntity<String> refused = rest.withBasicAuth("officer", "demo")
          .exchange("/engine-rest/task?maxResults=50", HttpMethod.POST, json(body), String.class);
      assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("orQueries");
      assertThat(rest.withBasicAuth("officer", "demo").exchange("/engine-rest/task/count", HttpMethod.POST,
          json(body), String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(rest.exchange("/camunda/api/engine/engine/default/task?maxResults=50", HttpMethod.POST, json(body),
          String.class)
          .getStatusCode()).as("webapps' engine API").isEqualTo(HttpStatus.BAD_REQUEST);
    }

    ResponseEntity<String> plain = rest.withBasicAuth("officer", "demo").exchange("/engine-rest/task?maxResults=50",
        HttpMethod.POST, json("{\"orQueries\":[{\"name\":\"Review eligibility\",\"assigned\":true}]}"),
        String.class);
    assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private List<Map<String, Object>> tasks(String user, String reference) {
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task?maxResults=100&processInstanceBusinessKey=" + reference,
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
  }

  private ResponseEntity<Map<String, Object>> deployAs(String user) {
    var parts = new LinkedMultiValueMap<String, Object>();
    parts.add("deployment-name", "security-test");
    parts.add("data", new ByteArrayResource("""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="test"
                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
          <process id="security-test" isExecutable="true" camunda:historyTimeToLive="P1D">
            <startEvent id="StartEvent_Test"/>
          </process>
        </definitions>""".getBytes()) {
      @Override
      public String getFilename() {
        return "security-test.bpmn";
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest/deployment/create", HttpMethod.POST,
        new HttpEntity<>(parts, headers), new ParameterizedTypeReference<>() {});
  }

  private static HttpEntity<String> json(String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
