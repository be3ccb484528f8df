package org.communityhub.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.ManagementService;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.RequestStatus;
import org.communityhub.intake.WithdrawalReason;
import org.communityhub.referrals.ReferralService;
import org.communityhub.intake.RequestStatusChanged;
import org.communityhub.partnerapi.PartnerAdministration;
import org.communityhub.partnerapi.PartnerAdministration.Agreement;
import org.communityhub.partnerapi.PartnerAdministration.CreatedPartner;
import org.communityhub.partners.PartnerService;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Partners' webhooks against a WireMock partner, with real partner tokens: registration, signed
 * events of a partner's own requests and referrals only, no personal data in a body, a retry after
 * a 500 with the same event id, a failing webhook whose events wait for it, and an event claimed
 * by a node that died sent later.
 *
 * <p>The hub's own poller runs too (every few seconds, on the real clock). Tests that count
 * attempts make their events due in the future, so only the test's {@code deliverDue} sees them.
 */
@HubIntegrationTest
class PartnerWebhooksTest {

  private static final String SCOPES = "requests:write requests:read referrals:read referrals:write webhooks:manage";
  private static WireMockServer partnerServer;

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired PartnerAdministration administration;
  @Autowired PartnerService partners;
  @Autowired ReferralService referrals;
  @Autowired IntakeService intake;
  @Autowired WebhookDelivery delivery;
  @Autowired WebhookService webhooks;
  @Autowired WebhookSettings settings;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void startThePartnersServer() {
    partnerServer = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    partnerServer.start();
  }

  @AfterAll
  static void stopThePartnersServer() {
    partnerServer.stop();
  }

  /** A partner of the test's own, with its client and a token with every scope. */
  private record TestPartner(long id, String clientId, String token) {}

  @Test
  void aPartnerRegistersReadsRotatesAndRemovesItsWebhookAndSeesOnlyItsOwn() throws Exception {
    TestPartner partner = newPartner();
    TestPartner other = newPartner();
    String url = partnerServer.baseUrl() + "/hooks/" + partner.clientId();

    ResponseEntity<String> created = call(HttpMethod.PUT, "/api/v1/webhook", partner, "{\"url\":\"" + url + "\"}");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(created.getBody());
    String secret = body.path("signingSecret").asText();
    assertThat(secret).startsWith("whsec_");
    assertThat(body.path("url").asText()).isEqualTo(url);
    assertThat(body.path("status").asText()).isEqualTo("ACTIVE");

    ResponseEntity<String> read = call(HttpMethod.GET, "/api/v1/webhook", partner, null);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(read.getBody()).has("signingSecret")).as("the secret is shown once").isFalse();
    assertThat(read.getBody()).doesNotContain(secret);
    assertThat(call(HttpMethod.GET, "/api/v1/webhook", other, null).getStatusCode())
        .as("another partner does not see it").isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> changed = call(HttpMethod.PUT, "/api/v1/webhook", partner, "{\"url\":\"" + url + "/v2\"}");
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(changed.getBody()).has("signingSecret")).isFalse();

    ResponseEntity<String> rotated = call(HttpMethod.POST, "/api/v1/webhook/secret", partner, null);
    assertThat(rotated.getStatusCode()).isEqualTo(HttpStatus.OK);
    String newSecret = json.readTree(rotated.getBody()).path("signingSecret").asText();
    assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);

    assertThat(call(HttpMethod.DELETE, "/api/v1/webhook", partner, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> gone = call(HttpMethod.GET, "/api/v1/webhook", partner, null);
    assertThat(gone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(gone.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    assertThat(call(HttpMethod.POST, "/api/v1/webhook/secret", partner, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(call(HttpMethod.DELETE, "/api/v1/webhook", partner, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anAddressThatIsNotHttpsIsRefusedAndNothingIsStored() throws Exception {
    TestPartner partner = newPartner();
    for (String body : List.of("{\"url\":\"http://partner.example.org/hooks\"}", "{\"url\":\"ftp://partner.example.org\"}",
        "{\"url\":\"not an address\"}", "{\"url\":\"https://user:password@partner.example.org/hooks\"}", "{}", "",
        // the council's own network and the cloud's metadata service are never a partner's address
        "{\"url\":\"https://10.1.2.3/hooks\"}", "{\"url\":\"https://169.254.169.254/latest/meta-data\"}",
        "{\"url\":\"https://192.168.0.10/\"}", "{\"url\":\"https://[fd00::1]/hooks\"}")) {
      ResponseEntity<String> refused = call(HttpMethod.PUT, "/api/v1/webhook", partner, body);
      assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
      if (!body.isEmpty()) {
        assertThat(json.readTree(refused.getBody()).path("errors").get(0).path("field").asText()).as(body)
            .isEqualTo("url");
      }
    }
    assertThat(webhooks.find(partner.id())).isEmpty();

    String withoutScope = token(partner.clientId(), "requests:read");
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(withoutScope);
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.exchange("/api/v1/webhook", HttpMethod.PUT, new HttpEntity<>("{\"url\":\"https://partner.example.org\"}",
        headers), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(webhooks.find(partner.id())).isEmpty();
  }

  @Test
  void aPartnerIsToldOfItsOwnRequestsStatusChangesSignedAndWithoutPersonalData() throws Exception {
    TestPartner submitter = newPartner();
    TestPartner bystander = newPartner();
    String submitterPath = "/hooks/" + submitter.clientId();
    String bystanderPath = "/hooks/" + bystander.clientId();
    accepting(submitterPath);
    accepting(bystanderPath);
    String secret = register(submitter, submitterPath);
    register(bystander, bystanderPath);
    String lastName = "Webhook" + ThreadLocalRandom.current().nextInt(1_000_000_000);

    ResponseEntity<String> submitted = call(HttpMethod.POST, "/api/v1/help-requests", submitter,
        submission(lastName, "WA9 3AA"));
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String reference = json.readTree(submitted.getBody()).path("reference").asText();
    Jobs.awaitDueJobs(management);

    List<LoggedRequest> received = awaitEvents(submitterPath, "help-request.status-changed", reference);
    JsonNode event = json.readTree(received.get(0).getBodyAsString());
    assertThat(event.path("data").path("reference").asText()).isEqualTo(reference);
    assertThat(event.path("data").path("status").asText()).isEqualTo("AWAITING_REFERRAL");
    assertThat(event.path("data").path("previousStatus").asText()).isEqualTo("RECEIVED");
    for (LoggedRequest request : received) {
      assertSignedWith(secret, request);
      assertThat(request.getHeader("webhook-id")).startsWith("msg_");
      assertNoPersonalData(request.getBodyAsString(), lastName);
    }
    delivery.deliverDue(clock.instant());
    assertThat(partnerServer.findAll(postRequestedFor(urlPathEqualTo(bystanderPath))))
        .as("another partner hears nothing of it").isEmpty();
  }

  @Test
  void thePartnerAReferralIsSentToIsToldOfItSentEscalatedAndWithdrawnWithoutPersonalData() throws Exception {
    TestPartner submitter = newPartner();
    String submitterPath = "/hooks/" + submitter.clientId();
    accepting(submitterPath);
    register(submitter, submitterPath);
    long housing = partners.findByClientId("housing-demo").orElseThrow().getId();
    TestPartner housingAssociation = new TestPartner(housing, "housing-demo",
        token("housing-demo", "housing-demo-secret", SCOPES));
    String path = "/hooks/housing-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
    accepting(path);
    String secret = register(housingAssociation, path);
    try {
      String lastName = "Referred" + ThreadLocalRandom.current().nextInt(1_000_000_000);
      String reference = json.readTree(call(HttpMethod.POST, "/api/v1/help-requests", submitter,
          submission(lastName, "WA9 3AA")).getBody()).path("reference").asText();
      Jobs.awaitDueJobs(management);

      List<LoggedRequest> received = awaitEvents(path, "referral.sent", reference);
      JsonNode data = json.readTree(received.get(0).getBodyAsString()).path("data");
      assertThat(data.path("status").asText()).isEqualTo("SENT");
      assertThat(data.path("referralId").asLong()).isPositive();
      assertSignedWith(secret, received.get(0));
      assertNoPersonalData(received.get(0).getBodyAsString(), lastName);
      assertThat(partnerServer.findAll(postRequestedFor(urlPathEqualTo(path))).stream()
          .map(LoggedRequest::getBodyAsString))
          .as("the request's status is the submitter's business, not the housing association's")
          .noneMatch(body -> body.contains("help-request.status-changed") && body.contains(reference));

      // Not acknowledged in time, then staff withdraw the request on the desk (as RequestActions does).
      long referralId = data.path("referralId").asLong();
      referrals.escalate(referralId);
      JsonNode escalated = json.readTree(awaitEvents(path, "referral.escalated", reference).get(0).getBodyAsString());
      assertThat(escalated.path("data").path("escalation").asInt()).isEqualTo(1);
      long requestId = intake.findByReference(reference).orElseThrow().getId();
      transaction.executeWithoutResult(status -> {
        referrals.withdrawForRequest(requestId, reference);
        intake.withdraw(requestId, WithdrawalReason.HELPED_ELSEWHERE, null, "callhandler");
      });
      JsonNode withdrawn = json.readTree(awaitEvents(path, "referral.withdrawn", reference).get(0).getBodyAsString());
      assertThat(withdrawn.path("data").path("status").asText()).isEqualTo("WITHDRAWN");
      assertThat(awaitEvents(submitterPath, "help-request.status-changed", reference, "\"status\":\"CLOSED\""))
          .as("the submitter hears that its request closed").isNotEmpty();
      for (LoggedRequest request : received(path)) {
        if (request.getBodyAsString().contains(reference)) {
          assertSignedWith(secret, request);
          assertNoPersonalData(request.getBodyAsString(), lastName);
        }
      }
    } finally {
      call(HttpMethod.DELETE, "/api/v1/webhook", housingAssociation, null);
    }
  }

  @Test
  void aFailedSendIsRetriedAfterItsWaitWithTheSameEventIdAndANewSignature() throws Exception {
    TestPartner partner = newPartner();
    String path = "/hooks/" + partner.clientId();
    partnerServer.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(500)));
    String secret = register(partner, path);
    Instant due = clock.instant().plus(Duration.ofHours(1));
    String reference = statusChangeOf(partner, due, true);

    assertThat(delivery.deliverDue(due)).isZero();
    assertThat(received(path)).hasSize(1);
    assertThat(webhooks.find(partner.id()).orElseThrow().lastFailure()).isEqualTo("the server answered HTTP 500");

    accepting(path);
    assertThat(delivery.deliverDue(due.plusSeconds(30))).as("not before its wait").isZero();
    assertThat(delivery.deliverDue(due.plus(settings.waitAfter(1)).plusSeconds(1))).isEqualTo(1);

    List<LoggedRequest> attempts = received(path);
    assertThat(attempts).hasSize(2);
    assertThat(attempts.get(1).getHeader("webhook-id")).isEqualTo(attempts.get(0).getHeader("webhook-id"));
    assertThat(attempts.get(1).getBodyAsString()).isEqualTo(attempts.get(0).getBodyAsString()).contains(reference);
    assertThat(attempts.get(1).getHeader("webhook-timestamp")).isNotEqualTo(attempts.get(0).getHeader("webhook-timestamp"));
    attempts.forEach(attempt -> assertSignedWith(secret, attempt));
    assertThat(delivery.deliverDue(due.plus(Duration.ofDays(1)))).as("delivered once, not again").isZero();
    assertThat(webhooks.find(partner.id()).orElseThrow().waitingEvents()).isZero();
  }

  @Test
  void aRotatedSecretSignsTheNextAttempt() throws Exception {
    TestPartner partner = newPartner();
    String path = "/hooks/" + partner.clientId();
    accepting(path);
    String oldSecret = register(partner, path);
    String newSecret = json.readTree(call(HttpMethod.POST, "/api/v1/webhook/secret", partner, null).getBody())
        .path("signingSecret").asText();
    Instant due = clock.instant().plus(Duration.ofHours(1));
    statusChangeOf(partner, due, true);

    assertThat(delivery.deliverDue(due)).isEqualTo(1);

    LoggedRequest request = received(path).get(0);
    assertSignedWith(newSecret, request);
    assertThat(signature(oldSecret, request)).isNotEqualTo(request.getHeader("webhook-signature"));
  }

  @Test
  void aRedirectIsNotFollowed() throws Exception {
    TestPartner partner = newPartner();
    String path = "/hooks/" + partner.clientId();
    String elsewhere = path + "/elsewhere";
    partnerServer.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(307)
        .withHeader("Location", partnerServer.baseUrl() + elsewhere)));
    accepting(elsewhere);
    register(partner, path);
    Instant due = clock.instant().plus(Duration.ofHours(1));
    statusChangeOf(partner, due, true);

    assertThat(delivery.deliverDue(due)).isZero();

    assertThat(received(elsewhere)).isEmpty();
    assertThat(webhooks.find(partner.id()).orElseThrow().lastFailure()).contains("redirect");
  }

  @Test
  void afterRepeatedFailuresTheWebhookIsFailingAndItsEventsWaitUntilItIsSwitchedBackOn() throws Exception {
    TestPartner partner = newPartner();
    String path = "/hooks/" + partner.clientId();
    partnerServer.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(503)));
    register(partner, path);
    Instant at = clock.instant().plus(Duration.ofHours(1));
    String first = statusChangeOf(partner, at, true);

    for (int attempt = 1; attempt <= settings.attemptsBeforeFailing(); attempt++) {
      assertThat(webhooks.find(partner.id()).orElseThrow().failing()).as("before attempt " + attempt).isFalse();
      delivery.deliverDue(at);
      at = at.plus(settings.waitAfter(attempt)).plusSeconds(1);
    }
    PartnerWebhook failing = webhooks.find(partner.id()).orElseThrow();
    assertThat(failing.failing()).isTrue();
    assertThat(failing.failingSince()).isNotNull();
    String second = statusChangeOf(partner, at, true);
    delivery.deliverDue(at.plus(Duration.ofDays(1)));
    assertThat(received(path)).as("nothing is sent while it is failing").hasSize(settings.attemptsBeforeFailing());
    assertThat(webhooks.failing()).anySatisfy(shown -> {
      assertThat(shown.partnerCode()).isEqualTo(partner.clientId());
      assertThat(shown.waitingEvents()).isEqualTo(2);
      assertThat(shown.lastFailure()).isEqualTo("the server answered HTTP 503");
    });
    assertThat(json.readTree(call(HttpMethod.GET, "/api/v1/webhook", partner, null).getBody()).path("status").asText())
        .isEqualTo("FAILING");

    accepting(path);
    assertThat(webhooks.switchBackOn(partner.id(), "test-admin")).isTrue();
    delivery.deliverDue(clock.instant());

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(received(path).stream()
        .map(LoggedRequest::getBodyAsString).filter(body -> body.contains(first) || body.contains(second)).distinct())
        .as("both events, kept while it was failing").hasSize(2));
    assertThat(webhooks.failing()).noneMatch(shown -> shown.partnerCode().equals(partner.clientId()));
  }

  @Test
  void anEventIsStoredOnlyWithTheChangeItReportsAndAClaimedEventOfANodeThatDiedIsSentLater() throws Exception {
    TestPartner partner = newPartner();
    String path = "/hooks/" + partner.clientId();
    accepting(path);
    register(partner, path);
    Instant due = clock.instant().plus(Duration.ofHours(1));

    String rolledBack = statusChangeOf(partner, due, false);
    assertThat(jdbc.queryForObject("select count(*) from webhook_event where payload like ?", Integer.class,
        "%" + rolledBack + "%")).as("the change rolled back, so did its event").isZero();

    String reference = statusChangeOf(partner, due, true);
    // A node claims the event, then dies before sending it (the claim committed, nothing else did).
    assertThat(delivery.claimDue(due)).hasSize(1);
    assertThat(delivery.deliverDue(due)).as("another node does not send it while it is claimed").isZero();
    assertThat(received(path)).isEmpty();
    assertThat(webhooks.find(partner.id()).orElseThrow().waitingEvents()).isEqualTo(1);

    assertThat(delivery.deliverDue(due.plus(settings.claimFor()).plusSeconds(1))).isEqualTo(1);

    assertThat(received(path)).singleElement().satisfies(request ->
        assertThat(request.getBodyAsString()).contains(reference));
  }

  @Test
  void deliveredEventsLeaveTheOutboxAfterAWhileAndWaitingOnesStay() throws Exception {
    TestPartner partner = newPartner();
    String path = "/hooks/" + partner.clientId();
    accepting(path);
    register(partner, path);
    Instant at = clock.instant().plus(Duration.ofHours(1));
    String delivered = statusChangeOf(partner, at, true);
    assertThat(delivery.deliverDue(at)).isEqualTo(1);
    partnerServer.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(500)));
    String waiting = statusChangeOf(partner, at.plusSeconds(1), true);
    assertThat(delivery.deliverDue(at.plusSeconds(1))).isZero();

    delivery.forgetDeliveredBefore(at.plus(Duration.ofDays(1)));

    assertThat(outboxRowsWith(delivered)).isZero();
    assertThat(outboxRowsWith(waiting)).as("not yet delivered: kept").isEqualTo(1);
  }

  private int outboxRowsWith(String reference) {
    return jdbc.queryForObject("select count(*) from webhook_event where payload like ?", Integer.class,
        "%" + reference + "%");
  }

  @Test
  void theOpenApiDocumentDescribesTheWebhookWithItsScopeAndProblemDetails() throws Exception {
    JsonNode document = json.readTree(rest.getForObject("/v3/api-docs", String.class));
    JsonNode webhook = document.path("paths").path("/api/v1/webhook");
    assertThat(webhook.has("put") && webhook.has("get") && webhook.has("delete")).as(webhook.toString()).isTrue();
    assertThat(document.path("paths").path("/api/v1/webhook/secret").has("post")).isTrue();
    JsonNode put = webhook.path("put");
    assertThat(put.path("requestBody").path("required").asBoolean()).isTrue();
    assertThat(put.path("responses").fieldNames()).toIterable().contains("200", "201", "400", "401", "403");
    assertThat(problemAnswer(document, put.path("responses").path("400")).has("application/problem+json")).isTrue();
    assertThat(put.path("security").toString()).contains("webhooks:manage");
    assertThat(problemAnswer(document, webhook.path("get").path("responses").path("404"))
        .has("application/problem+json")).isTrue();
    assertThat(document.path("components").path("schemas").path("WebhookRequest").path("required").toString())
        .contains("url");
    assertThat(document.toString()).contains("register your webhook and rotate its secret");
  }
  /** An answer's media types, following the document's shared answers ($ref). */
  private static JsonNode problemAnswer(JsonNode document, JsonNode answer) {
    String ref = answer.path("$ref").asText();
    return (ref.isEmpty() ? answer : document.at(ref.substring(1))).path("content");
  }


  /** A status change of a request the partner submitted, as intake publishes it, due at {@code at}. */
  private String statusChangeOf(TestPartner partner, Instant at, boolean commit) {
    String reference = "HR-2026-" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    transaction.executeWithoutResult(status -> {
      events.publishEvent(new RequestStatusChanged(1L, reference, partner.clientId(), RequestStatus.RECEIVED,
          RequestStatus.AWAITING_REFERRAL, at));
      if (!commit) {
        status.setRollbackOnly();
      }
    });
    return reference;
  }

  private TestPartner newPartner() {
    String code = "hook-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
    CreatedPartner created = administration.create(new PartnerAdministration.NewPartner(code, "Webhook test " + code,
        "FOOD_BANK", code + "@example.org", code + "-escalation@example.org",
        new Agreement(List.of("needs"), "UK GDPR Art 6(1)(e) public task",
            Map.of("P1", "PT4H", "P2", "PT24H", "P3", "PT72H"))), "test-admin");
    return new TestPartner(created.partner().getId(), code, token(code, created.client().clientSecret(), SCOPES));
  }

  private String register(TestPartner partner, String path) throws Exception {
    ResponseEntity<String> created = call(HttpMethod.PUT, "/api/v1/webhook", partner,
        "{\"url\":\"" + partnerServer.baseUrl() + path + "\"}");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(created.getBody()).path("signingSecret").asText();
  }

  private static void accepting(String path) {
    partnerServer.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(204)));
  }

  private static List<LoggedRequest> received(String path) {
    return partnerServer.findAll(postRequestedFor(urlPathEqualTo(path)));
  }

  /** Sends what is due (the hub's poller may be first) until the partner has this event. */
  private List<LoggedRequest> awaitEvents(String path, String type, String reference, String... alsoContaining) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> {
      delivery.deliverDue(clock.instant());
      return received(path).stream().filter(request -> {
        String body = request.getBodyAsString();
        return body.contains("\"" + type + "\"") && body.contains(reference)
            && java.util.Arrays.stream(alsoContaining).allMatch(body::contains);
      }).toList();
    }, found -> !found.isEmpty());
  }

  /** As a partner checks it: HMAC-SHA256 keyed with the base64 after whsec_, over id.timestamp.body. */
  private static void assertSignedWith(String secret, LoggedRequest request) {
    assertThat(request.getHeader("webhook-signature")).isEqualTo(signature(secret, request));
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
  }

  private static String signature(String secret, LoggedRequest request) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
      String signed = request.getHeader("webhook-id") + "." + request.getHeader("webhook-timestamp") + "."
          + request.getBodyAsString();
      return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Nothing of what the partner submitted about the resident, nor free text. */
  private void assertNoPersonalData(String body, String lastName) throws Exception {
    assertThat(body).doesNotContain(lastName, "Iris", "Boundary Road", "St Helens", "WA9 3AA", "@example.org",
        "Keyholder", "daughter", "1944-02-29", "HOUSING");
    JsonNode data = json.readTree(body).path("data");
    data.fieldNames().forEachRemaining(field -> assertThat(field)
        .isIn("reference", "status", "previousStatus", "referralId", "requestReference", "escalation"));
  }

  private static String submission(String lastName, String postcode) {
    int n = Math.abs(lastName.hashCode()) % 100_000;
    return """
        {"resident":{"firstName":"Iris","lastName":"%s","dateOfBirth":"1944-02-29","phone":"01744 7%05d",
          "email":"w%05d@example.org","address":{"line1":"%d Boundary Road","town":"St Helens","postcode":"%s"}},
         "needs":["HOUSING"],"urgency":"SOON","supportNetworkAvailable":false,
         "vulnerability":{"shielding":true,"disability":false,"selfIsolating":false},
         "consent":{"shareWithPartners":true,"contactByVolunteers":true},
         "notes":"Keyholder is daughter"}""".formatted(lastName, n, n, n % 500 + 1, postcode);
  }

  private ResponseEntity<String> call(HttpMethod method, String url, TestPartner partner, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(partner.token());
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(url, method, new HttpEntity<>(body, headers), String.class);
  }

  private String token(String clientId, String scopes) {
    return token(clientId, null, scopes);
  }

  private String token(String clientId, String secret, String scopes) {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("grant_type", "client_credentials");
    form.add("scope", scopes);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.setBasicAuth(clientId, secret == null ? secrets.get(clientId) : secret);
    ResponseEntity<String> response = rest.exchange("/oauth2/token", HttpMethod.POST, new HttpEntity<>(form, headers),
        String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    secrets.put(clientId, secret == null ? secrets.get(clientId) : secret);
    try {
      return json.readTree(response.getBody()).path("access_token").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private final Map<String, String> secrets = new java.util.HashMap<>();
}
