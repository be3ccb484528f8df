package org.communityhub.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.communityhub.intake.IntakeResult;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.intake.RequestStatus;
import org.communityhub.intake.Urgency;
import org.communityhub.support.ApiContract;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.ModelerDeploy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A process owner deploys through /engine-rest as Camunda Modeler does. A change that would break
 * intake is refused with a plain answer and the live version stays live; a rule that fails only
 * for some requests stops them after registration, as an incident, and a corrected deployment
 * carries them on.
 */
@HubIntegrationTest
class SafeRuleChangesTest {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IntakeService intake;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void putTheShippedFilesBack() throws IOException {
    // Other tests share this hub: leave the shipped rules and intake process live.
    deploy("eligibility.dmn", shipped("eligibility.dmn"));
    deploy("helpline-intake.bpmn", shipped("helpline-intake.bpmn"));
  }

  @Test
  void feelSyntaxErrorIsRefusedNamingTheRuleAndIntakeCarriesOn() throws IOException {
    int live = latestEligibilityVersion();
    String broken = shipped("eligibility.dmn").replace("<inputEntry id=\"Rule_11_In2\"><text>&lt; 70</text>",
        "<inputEntry id=\"Rule_11_In2\"><text>&lt; 70 and (</text>");

    ResponseEntity<String> answer = deploy("eligibility.dmn", broken);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    JsonNode problem = json.readTree(answer.getBody()).path("problems").get(0);
    assertThat(problem.path("file").asText()).isEqualTo("eligibility.dmn");
    assertThat(problem.path("element").asText()).isEqualTo("Rule_11");
    assertThat(problem.path("problem").asText()).contains("'Age'", "< 70 and (", "not a valid FEEL expression")
        .doesNotContain("Exception", "failed to parse");
    assertThat(latestEligibilityVersion()).isEqualTo(live);

    IntakeResult shieldingResidentOf86 = intake.submit(aRequest().dateOfBirth(LocalDate.now().minusYears(86))
        .shielding(true).needs(Need.FOOD).urgency(Urgency.URGENT).build());
    assertThat(shieldingResidentOf86.status()).isEqualTo(RequestStatus.AWAITING_VOLUNTEER);
  }

  @Test
  void outcomeTheHubCannotActOnIsRefused() throws IOException {
    int live = latestEligibilityVersion();
    String typo = shipped("eligibility.dmn").replace(
        "<outputEntry id=\"Rule_10_Out1\"><text>&quot;SIGNPOST&quot;</text>",
        "<outputEntry id=\"Rule_10_Out1\"><text>&quot;SIGNPOTS&quot;</text>");

    ResponseEntity<String> answer = deploy("eligibility.dmn", typo);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Rule_10", "SIGNPOTS", "VOLUNTEER");
    assertThat(latestEligibilityVersion()).isEqualTo(live);
  }

  @Test
  void changeThatBreaksADecisionTestCaseIsRefused() throws IOException {
    int live = latestEligibilityVersion();
    String changed = shipped("eligibility.dmn").replace(
        "<outputEntry id=\"Rule_12_Out2\"><text>&quot;P1&quot;</text>",
        "<outputEntry id=\"Rule_12_Out2\"><text>&quot;P2&quot;</text>");

    ResponseEntity<String> answer = deploy("eligibility.dmn", changed);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Shielding resident of 86 with no food today", "eligibility.test.csv",
        "expects priority P1", "Rule_12");
    assertThat(latestEligibilityVersion()).isEqualTo(live);
  }

  @Test
  void processNamingAStepTheHubDoesNotHaveIsRefused() throws IOException {
    int live = repository.createProcessDefinitionQuery().processDefinitionKey("helpline-intake").latestVersion()
        .singleResult().getVersion();
    String changed = shipped("helpline-intake.bpmn").replace("${signpostToDirectoryDelegate}", "${signpostToDirectry}");

    ResponseEntity<String> answer = deploy("helpline-intake.bpmn", changed);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Task_SignpostToDirectory", "signpostToDirectry");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("helpline-intake").latestVersion()
        .singleResult().getVersion()).isEqualTo(live);
  }

  @Test
  void ruleThatFailsForSomeRequestsKeepsThemStoredAsIncidentsUntilACorrectedDeployment() throws IOException {
    // Valid, passes every test case, but stops with an error for residents aged 99.
    String failsAt99 = shipped("eligibility.dmn").replace(
        "<inputExpression id=\"Input_AgeExpression\" typeRef=\"integer\"><text>age</text>",
        "<inputExpression id=\"Input_AgeExpression\" typeRef=\"integer\" expressionLanguage=\"juel\">"
            + "<text>${age == 99 ? urgency.substring(99) : age}</text>");
    assertThat(deploy("eligibility.dmn", failsAt99).getStatusCode()).isEqualTo(HttpStatus.OK);

    // A partner refers a resident of 99: the request is stored and the partner is told its reference.
    ResponseEntity<String> partnerAnswer = partnerSubmits(LocalDate.now().minusYears(99).minusDays(3));
    assertThat(partnerAnswer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode answer = json.readTree(partnerAnswer.getBody());
    assertThat(answer.path("status").asText()).isEqualTo("RECEIVED");
    assertThat(partnerAnswer.getBody()).doesNotContain("DMN", "juel", "Exception", "helpline-intake:");
    IntakeResult stopped = intake.findResult(answer.path("reference").asText()).orElseThrow();

    assertThat(stopped.reference()).matches("HR-\\d{4}-\\d{6}");
    assertThat(stopped.status()).isEqualTo(RequestStatus.RECEIVED);
    assertThat(jdbc.queryForObject("select count(*) from help_request where reference = ?", Long.class,
        stopped.reference())).isEqualTo(1);
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(stopped.reference())
        .processDefinitionKey("helpline-intake").singleResult().getId();
    Incident incident = await().atMost(Duration.ofSeconds(30)).until(
        () -> runtime.createIncidentQuery().processInstanceId(instance).singleResult(), found -> found != null);
    assertThat(incident.getIncidentMessage()).startsWith("The step 'Assess eligibility' stopped after its retries;"
        + " the request is stored");

    // The process owner puts a working rule live: the stopped request carries on by itself.
    assertThat(deploy("eligibility.dmn", shipped("eligibility.dmn")).getStatusCode()).isEqualTo(HttpStatus.OK);

    await().atMost(Duration.ofSeconds(30)).until(() -> intake.findResult(stopped.reference()).orElseThrow().status(),
        status -> status == RequestStatus.AWAITING_VOLUNTEER);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
  }

  private ResponseEntity<String> partnerSubmits(LocalDate dateOfBirth) throws IOException {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("grant_type", "client_credentials");
    form.add("scope", "requests:write requests:read");
    var tokenHeaders = new HttpHeaders();
    tokenHeaders.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    tokenHeaders.setBasicAuth("foodbank-demo", "foodbank-demo-secret");
    String token = json.readTree(rest.exchange("/oauth2/token", HttpMethod.POST, new HttpEntity<>(form, tokenHeaders),
        String.class).getBody()).path("access_token").asText();
    String body = """
        {"resident":{"firstName":"Edith","lastName":"Rule%d","dateOfBirth":"%s","phone":"01744 600%03d",
          "address":{"line1":"3 Boundary Road","town":"St Helens","postcode":"WA10 1AA"}},
         "needs":["FOOD"],"urgency":"URGENT","supportNetworkAvailable":false,
         "vulnerability":{"shielding":true,"disability":false,"selfIsolating":false},
         "consent":{"shareWithPartners":true,"contactByVolunteers":true}}"""
        .formatted(System.nanoTime() % 1_000_000, dateOfBirth, System.nanoTime() % 1000);
    var headers = new HttpHeaders();
    headers.setBearerAuth(token);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return ApiContract.of(rest).checking(rest)
        .exchange("/api/v1/help-requests", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private int latestEligibilityVersion() {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey("eligibility").latestVersion()
        .singleResult().getVersion();
  }

  /** POST /engine-rest/deployment/create as Camunda Modeler sends it. */
  private ResponseEntity<String> deploy(String fileName, String content) {
    return ModelerDeploy.deploy(rest, "process owner's change", fileName, content);
  }

  static String shipped(String file) throws IOException {
    try (var in = SafeRuleChangesTest.class.getResourceAsStream("/processes/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
