package org.communityhub.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.communityhub.support.ApiContract;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestTemplate;

/**
 * The partner API as partners use it: tokens from the hub's token endpoint, then /api/v1.
 * Demo partners: foodbank-demo (food bank) and housing-demo (housing association).
 */
@HubIntegrationTest
class PartnerApiTest {

  static final String ALL_SCOPES = "requests:write requests:read referrals:read referrals:write";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtimeService;
  @Autowired RegisteredClientRepository clients;
  @Autowired PasswordEncoder passwordEncoder;
  private final ObjectMapper json = new ObjectMapper();
  /** Every call to /api/v1 goes through here, checked against the hub's /v3/api-docs. */
  private RestTemplate api;

  @BeforeEach
  void checkedAgainstTheDocument() {
    api = ApiContract.of(rest).checking(rest);
  }

  @Test
  void tokenEndpointIssuesTokensOnlyForTheRightSecret() {
    assertThat(token("foodbank-demo", "foodbank-demo-secret", ALL_SCOPES)).isNotBlank();
    ResponseEntity<String> wrong = tokenResponse("foodbank-demo", "guess", ALL_SCOPES);
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(jdbc.queryForObject("select client_secret from oauth2_registered_client where client_id = 'foodbank-demo'",
        String.class)).startsWith("{bcrypt}").doesNotContain("foodbank-demo-secret");
  }

  @Test
  void noTokenIs401() {
    ResponseEntity<String> noToken = call(HttpMethod.GET, "/api/v1/referrals", null, null, null);
    assertThat(noToken.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(noToken.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    ResponseEntity<String> badToken = call(HttpMethod.POST, "/api/v1/help-requests", "not-a-token",
        submission("Nobody", "WA10 1AA"), null);
    assertThat(badToken.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(badToken.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
  }

  @Test
  void wrongScopeIs403AndStoresNothing() {
    String readOnly = token("foodbank-demo", "foodbank-demo-secret", "requests:read");
    String lastName = uniqueName();

    ResponseEntity<String> response = call(HttpMethod.POST, "/api/v1/help-requests", readOnly, submission(lastName, "WA10 1AA"), null);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("insufficient_scope");
    assertThat(requestsFor(lastName)).isZero();
    assertThat(call(HttpMethod.GET, "/api/v1/referrals", readOnly, null, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void clientThatIsNotAPartnerIsRefused() {
    String clientId = "stranger-" + ThreadLocalRandom.current().nextInt(1_000_000);
    clients.save(PartnerClients.partnerClient(clientId, passwordEncoder.encode("s3cret"), "referrals:read"));
    String token = token(clientId, "s3cret", "referrals:read");

    assertThat(call(HttpMethod.GET, "/api/v1/referrals", token, null, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void partnerReferralGoesThroughIntakeToAnotherPartnerWhoAnswersIt() throws Exception {
    String foodBank = token("foodbank-demo", "foodbank-demo-secret", ALL_SCOPES);
    String housing = token("housing-demo", "housing-demo-secret", ALL_SCOPES);
    String lastName = uniqueName();

    ResponseEntity<String> created = call(HttpMethod.POST, "/api/v1/help-requests", foodBank, submission(lastName, "WA9 3AA"), null);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(created.getBody());
    String reference = body.path("reference").asText();
    assertThat(body.path("status").asText()).isEqualTo("AWAITING_REFERRAL");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/help-requests/" + reference);
    Jobs.awaitDueJobs(management);

    JsonNode referral = referralFor(housing, reference);
    long id = referral.path("id").asLong();
    assertThat(referral.path("status").asText()).isEqualTo("SENT");
    assertThat(referral.path("resident").path("lastName").asText()).isEqualTo(lastName);

    // The food bank submitted the request but the referral is not theirs.
    assertThat(call(HttpMethod.GET, "/api/v1/referrals/" + id, foodBank, null, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(call(HttpMethod.POST, "/api/v1/referrals/" + id + "/acknowledge", foodBank, null, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(call(HttpMethod.POST, "/api/v1/referrals/" + id + "/accept", housing, null, null).getStatusCode())
        .as("accept before acknowledging").isEqualTo(HttpStatus.CONFLICT);
    assertThat(call(HttpMethod.POST, "/api/v1/referrals/" + id + "/acknowledge", housing, null, null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> again = call(HttpMethod.POST, "/api/v1/referrals/" + id + "/acknowledge", housing, null, null);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    assertThat(call(HttpMethod.POST, "/api/v1/referrals/" + id + "/accept", housing, null, null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(call(HttpMethod.POST, "/api/v1/referrals/" + id + "/close", housing, "{}", null).getStatusCode())
        .as("close without an outcome").isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> closed = call(HttpMethod.POST, "/api/v1/referrals/" + id + "/close", housing,
        "{\"outcome\":\"Moved to sheltered housing\"}", null);
    assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(closed.getBody()).path("status").asText()).isEqualTo("CLOSED");

    ResponseEntity<String> status = call(HttpMethod.GET, "/api/v1/help-requests/" + reference, foodBank, null, null);
    assertThat(json.readTree(status.getBody()).path("status").asText()).isEqualTo("CLOSED");
    assertThat(call(HttpMethod.GET, "/api/v1/help-requests/" + reference, housing, null, null).getStatusCode())
        .as("only the submitting partner sees a request's status").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
  }

  @Test
  void fieldsOutsideTheDataSharingAgreementNeverReachThePartner() throws Exception {
    String foodBank = token("foodbank-demo", "foodbank-demo-secret", ALL_SCOPES);
    String housing = token("housing-demo", "housing-demo-secret", ALL_SCOPES);
    String reference = json.readTree(call(HttpMethod.POST, "/api/v1/help-requests", foodBank,
        submission(uniqueName(), "WA11 9AA"), null).getBody()).path("reference").asText();
    Jobs.awaitDueJobs(management);

    long id = referralFor(housing, reference).path("id").asLong();
    String single = call(HttpMethod.GET, "/api/v1/referrals/" + id, housing, null, null).getBody();
    String list = call(HttpMethod.GET, "/api/v1/referrals?status=SENT", housing, null, null).getBody();

    // The housing association's agreement: firstName, lastName, phone, address, needs.
    for (String body : List.of(single, list)) {
      assertThat(body).doesNotContain("dateOfBirth", "1944-02-29", "email", "notes", "Keyholder is daughter",
          "vulnerability", "shielding");
    }
    assertThat(json.readTree(single).path("resident").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("firstName", "lastName", "phone", "address", "needs");
  }

  @Test
  void retryWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndCreatesNothing() throws Exception {
    String foodBank = token("foodbank-demo", "foodbank-demo-secret", ALL_SCOPES);
    String lastName = uniqueName();
    String key = "retry-" + lastName;

    ResponseEntity<String> first = call(HttpMethod.POST, "/api/v1/help-requests", foodBank, submission(lastName, "WA10 1AA"), key);
    ResponseEntity<String> retry = call(HttpMethod.POST, "/api/v1/help-requests", foodBank, submission(lastName, "WA10 1AA"), key);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getBody()).isEqualTo(first.getBody());
    assertThat(requestsFor(lastName)).isEqualTo(1);

    ResponseEntity<String> reused = call(HttpMethod.POST, "/api/v1/help-requests", foodBank, submission(lastName, "WA9 1AA"), key);
    assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(requestsFor(lastName)).isEqualTo(1);
  }

  @Test
  void anOutOfAreaResidentsAnswerNamesTheirOwnCouncilAndItsWebsite() throws Exception {
    String foodBank = token("foodbank-demo", "foodbank-demo-secret", ALL_SCOPES);
    String lastName = uniqueName();

    ResponseEntity<String> created = call(HttpMethod.POST, "/api/v1/help-requests", foodBank,
        submission(lastName, "WA8 7QZ"), null);

    JsonNode answer = json.readTree(created.getBody());
    assertThat(answer.path("status").asText()).isEqualTo("OUT_OF_AREA");
    assertThat(answer.path("signpostedTo").path("council").asText()).isEqualTo("Halton Borough Council");
    assertThat(answer.path("signpostedTo").path("website").asText()).isEqualTo("https://www3.halton.gov.uk");
    JsonNode status = json.readTree(call(HttpMethod.GET, "/api/v1/help-requests/" + answer.path("reference").asText(),
        foodBank, null, null).getBody());
    assertThat(status.path("signpostedTo").path("council").asText()).isEqualTo("Halton Borough Council");
    // A request in the area has no signpost.
    JsonNode inArea = json.readTree(call(HttpMethod.POST, "/api/v1/help-requests", foodBank,
        submission(uniqueName(), "WA10 1AA"), null).getBody());
    assertThat(inArea.has("signpostedTo")).isFalse();
  }

  @Test
  void concurrentRetriesWithOneIdempotencyKeyCreateOneRequest() throws Exception {
    String foodBank = token("foodbank-demo", "foodbank-demo-secret", ALL_SCOPES);
    String lastName = uniqueName();
    String key = "burst-" + lastName;
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<ResponseEntity<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(() -> call(HttpMethod.POST, "/api/v1/help-requests", foodBank, submission(lastName, "WA10 1AA"), key));
      }
      List<String> bodies = new ArrayList<>();
      for (Future<ResponseEntity<String>> answer : pool.invokeAll(calls)) {
        assertThat(answer.get().getStatusCode()).isEqualTo(HttpStatus.CREATED);
        bodies.add(answer.get().getBody());
      }
      assertThat(bodies).containsOnly(bodies.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(requestsFor(lastName)).isEqualTo(1);
  }

  @Test
  void invalidBodiesGet400NamingTheFieldAndStoreNothing() throws Exception {
    String foodBank = token("foodbank-demo", "foodbank-demo-secret", ALL_SCOPES);
    String lastName = uniqueName();
    long requestsBefore = jdbc.queryForObject("select count(*) from help_request", Long.class);

    assertInvalid(foodBank, submission(lastName, "NOT A CODE"), "resident.address.postcode", "is not a UK postcode");
    assertInvalid(foodBank, submission(lastName, "WA10 1AA").replace("1944-02-29", "2999-01-01"),
        "resident.dateOfBirth", "must be in the past");
    assertInvalid(foodBank, submission(lastName, "WA10 1AA").replace("1944-02-29", "29/02/1944"),
        "resident.dateOfBirth", "is not a date; use YYYY-MM-DD");
    assertInvalid(foodBank, submission(lastName, "WA10 1AA").replace("\"HOUSING\"", "\"GARDENING\""),
        "needs[0]", "must be one of");
    assertInvalid(foodBank, submission(lastName, "WA10 1AA").replace("\"urgency\"", "\"urgenc\""),
        "urgenc", "is not a field of this request");
    assertInvalid(foodBank, submission(lastName, "WA10 1AA").replaceAll("\"phone\":\"[0-9 ]+\",", "")
        .replaceAll("\"email\":\"[^\"]+\",", ""), "resident.phone", "give a phone number or an email address");
    assertInvalid(foodBank, "{\"needs\":[\"FOOD\"]}", "resident", "is required");
    assertInvalid(foodBank, submission(lastName, "WA10 1AA").replace("\"supportNetworkAvailable\":false",
        "\"supportNetworkAvailable\":\"perhaps\""), "supportNetworkAvailable", "has the wrong type");

    ResponseEntity<String> notJson = call(HttpMethod.POST, "/api/v1/help-requests", foodBank, "{not json", null);
    assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(jdbc.queryForObject("select count(*) from help_request", Long.class)).isEqualTo(requestsBefore);
  }

  @Test
  void dataProtectionOfficerListsEveryDisclosureOfAResident() throws Exception {
    String foodBank = token("foodbank-demo", "foodbank-demo-secret", ALL_SCOPES);
    String reference = json.readTree(call(HttpMethod.POST, "/api/v1/help-requests", foodBank,
        submission(uniqueName(), "WA10 1AA"), null).getBody()).path("reference").asText();
    Jobs.awaitDueJobs(management);
    String url = "/api/staff/disclosures?reference=" + reference;

    ResponseEntity<String> asDpo = rest.withBasicAuth("dpo", "demo").getForEntity(url, String.class);
    assertThat(asDpo.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode disclosure = json.readTree(asDpo.getBody()).get(0);
    assertThat(disclosure.path("recipient").asText()).isEqualTo("housing");
    assertThat(disclosure.path("fields")).extracting(JsonNode::asText)
        .containsExactly("address", "firstName", "lastName", "needs", "phone");
    assertThat(disclosure.path("lawfulBasis").asText()).contains("consent");

    assertThat(rest.withBasicAuth("callhandler", "demo").getForEntity(url, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void openApiDocumentDescribesThePartnerApi() {
    String document = rest.getForObject("/v3/api-docs", String.class);
    assertThat(document).contains("/api/v1/help-requests", "/api/v1/referrals/{id}/acknowledge", "clientCredentials",
        "/oauth2/token", "signpostedTo", "The council an out-of-area resident should contact");
    assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private void assertInvalid(String token, String body, String field, String message) throws Exception {
    ResponseEntity<String> response = call(HttpMethod.POST, "/api/v1/help-requests", token, body, null);
    assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("errors")).as(response.getBody())
        .anySatisfy(error -> {
          assertThat(error.path("field").asText()).isEqualTo(field);
          assertThat(error.path("message").asText()).contains(message);
        });
  }

  private JsonNode referralFor(String token, String reference) throws Exception {
    for (JsonNode referral : json.readTree(call(HttpMethod.GET, "/api/v1/referrals", token, null, null).getBody())) {
      if (referral.path("requestReference").asText().equals(reference)) {
        return referral;
      }
    }
    throw new AssertionError("No referral for " + reference);
  }

  static String submission(String lastName, String postcode) {
    return """
        {"resident":{"firstName":"Iris","lastName":"%s","dateOfBirth":"1944-02-29","phone":"01744 6%05d",
          "email":"r%05d@example.org","address":{"line1":"%d Boundary Road","town":"St Helens","postcode":"%s"}},
         "needs":["HOUSING"],"urgency":"SOON","supportNetworkAvailable":false,
         "vulnerability":{"shielding":true,"disability":false,"selfIsolating":false},
         "consent":{"shareWithPartners":true,"contactByVolunteers":true},
         "notes":"Keyholder is daughter"}""".formatted(lastName, Math.abs(lastName.hashCode()) % 100_000,
        Math.abs(lastName.hashCode()) % 100_000, Math.abs(lastName.hashCode()) % 500 + 1, postcode);
  }

  private ResponseEntity<String> call(HttpMethod method, String url, String token, String body, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    if (token != null) {
      headers.setBearerAuth(token);
    }
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    headers.setContentType(MediaType.APPLICATION_JSON);
    return api.exchange(url, method, new HttpEntity<>(body, headers), String.class);
  }

  private String token(String clientId, String secret, String scopes) {
    ResponseEntity<String> response = tokenResponse(clientId, secret, scopes);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    try {
      return json.readTree(response.getBody()).path("access_token").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private ResponseEntity<String> tokenResponse(String clientId, String secret, String scopes) {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("grant_type", "client_credentials");
    form.add("scope", scopes);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.setBasicAuth(clientId, secret);
    return rest.exchange("/oauth2/token", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  private long requestsFor(String lastName) {
    return jdbc.queryForObject("select count(*) from help_request r join resident p on p.id = r.resident_id"
        + " where p.last_name = ?", Long.class, lastName);
  }

  private static String uniqueName() {
    return "Partner" + ThreadLocalRandom.current().nextInt(1_000_000_000);
  }
}
