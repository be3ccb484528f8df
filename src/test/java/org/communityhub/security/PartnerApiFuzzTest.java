package org.communityhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ManagementService;
import org.communityhub.support.ApiContract;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
import org.communityhub.support.StandaloneHub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A seeded fuzz run over the partner API and the volunteer page: random and boundary JSON, wrong
 * types, huge bodies, unicode, SQL and script injection in every text field. No answer is a 5xx,
 * a refused request stores nothing, and injected text never comes back as live HTML. Repeat a
 * failing run with -Dfuzz.seed=N (the seed is printed). Every answer on /api/v1 must still be one
 * the OpenAPI document gives (ApiContract); PartnerApiContractFuzzTest generates from the document.
 */
@HubIntegrationTest
class PartnerApiFuzzTest {

  static final List<String> NASTY_TEXT = List.of("", " ", "\t\n", "'; drop table resident; --", "\" or 1=1 --",
      "Robert'); DELETE FROM help_request;--", "<script>window.pwned=1</script>", "<img src=x onerror=\"window.pwned=1\">",
      "${7*7}", "#{7*7}", "{{7*7}}", "../../etc/passwd", "%00", "\u0000", "\uFEFF", "\u202Eevil", "Zoë Ñandú 𝒜😀",
      "王秀英", "مرحبا", "a".repeat(10_000), "\uD800", "null", "true", "-1", "1e309");
  private static final int CASES = Integer.getInteger("fuzz.cases", 250);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final long seed = Long.getLong("fuzz.seed", System.nanoTime());
  private final Random random = new Random(seed);
  private String foodBank;
  private String housing;

  @BeforeEach
  void tokens() throws Exception {
    System.out.println("PartnerApiFuzzTest seed: " + seed + " (repeat with -Dfuzz.seed=" + seed + ")");
    foodBank = StandaloneHub.partnerToken(http, base(), "foodbank-demo", "foodbank-demo-secret",
        "requests:write requests:read referrals:read referrals:write");
    housing = StandaloneHub.partnerToken(http, base(), "housing-demo", "housing-demo-secret",
        "requests:write requests:read referrals:read referrals:write");
  }

  @Test
  void helpRequestSubmissionsNeverFailWithA5xxAndRefusedOnesStoreNothing() throws Exception {
    Map<String, Long> before = rowCounts();
    int created = 0;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      String body = i % 25 == 24 ? rawGarbage() : json.writeValueAsString(mutate(validSubmission(i)));
      // Half carry an Idempotency-Key: a refused one must not claim it.
      HttpResponse<String> response = post("/api/v1/help-requests", foodBank, body,
          i % 2 == 0 ? "fuzz-" + seed + "-" + i : null);
      if (response.statusCode() >= 500) {
        failures.add(response.statusCode() + " for " + abbreviate(body) + " -> " + abbreviate(response.body()));
      } else if (response.statusCode() == 201) {
        created++;
      } else {
        assertThat(response.statusCode()).as(body).isIn(400, 413, 415);
        assertThat(response.headers().firstValue("Content-Type")).as(body).hasValue("application/problem+json");
      }
    }
    HttpResponse<String> huge = post("/api/v1/help-requests", foodBank,
        json.writeValueAsString(validSubmission(0).put("notes", "x".repeat(5_000_000))));
    assertThat(huge.statusCode()).as("a 5 MB body").isBetween(400, 499);

    assertThat(failures).as("5xx answers (seed " + seed + ")").isEmpty();
    Map<String, Long> after = rowCounts();
    assertThat(after.get("help_request") - before.get("help_request")).as("requests stored = 201 answers")
        .isEqualTo(created);
    assertThat(after.get("idempotency_record") - before.get("idempotency_record"))
        .as("idempotency records only for stored requests").isLessThanOrEqualTo(created);
    System.out.printf("fuzz: %d bodies, %d accepted as valid, %d refused with 4xx%n", CASES, created,
        CASES - created);
    Jobs.awaitDueJobs(management);
  }

  @Test
  void referralCallsNeverFailWithA5xxAndChangeNothingWhenRefused() throws Exception {
    HttpResponse<String> created = post("/api/v1/help-requests", foodBank,
        json.writeValueAsString(validSubmission(1).set("needs", JsonNodeFactory.instance.arrayNode().add("HOUSING"))));
    assertThat(created.statusCode()).isEqualTo(201);
    Jobs.awaitDueJobs(management);
    JsonNode referrals = json.readTree(get("/api/v1/referrals?status=SENT", housing).body());
    long id = referrals.get(referrals.size() - 1).path("id").asLong();
    String statusBefore = jdbc.queryForObject("select status from referral where id = ?", String.class, id);

    List<String> failures = new ArrayList<>();
    List<String> ids = List.of(Long.toString(id), "0", "-1", "9223372036854775808", "abc", "1.5",
        URLEncoder.encode("1 or 1=1", StandardCharsets.UTF_8), URLEncoder.encode("<script>", StandardCharsets.UTF_8));
    for (int i = 0; i < CASES / 5; i++) {
      String target = ids.get(random.nextInt(ids.size()));
      String action = List.of("decline", "close", "accept").get(random.nextInt(3));
      String field = action.equals("close") ? "outcome" : "reason";
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.set(field, randomValue());
      String raw = random.nextInt(6) == 0 ? rawGarbage() : json.writeValueAsString(body);
      HttpResponse<String> response = post("/api/v1/referrals/" + target + "/" + action, housing, raw);
      if (response.statusCode() >= 500) {
        failures.add(response.statusCode() + " " + action + " " + target + " " + abbreviate(raw) + " -> "
            + abbreviate(response.body()));
      }
      if (response.statusCode() >= 400) {
        assertThat(jdbc.queryForObject("select status from referral where id = ?", String.class, id))
            .as("refused call changed the referral").isEqualTo(statusBefore);
      } else {
        statusBefore = jdbc.queryForObject("select status from referral where id = ?", String.class, id);
      }
    }
    assertThat(failures).as("5xx answers (seed " + seed + ")").isEmpty();
  }

  @Test
  void volunteerPageAnswersForgedLinksWithoutA5xxAndNeverEchoesThemAsHtml() throws Exception {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < CASES / 5; i++) {
      String token = switch (random.nextInt(4)) {
        case 0 -> random.nextInt(100_000) + "." + random.nextLong() + "." + randomText();
        case 1 -> randomText();
        case 2 -> "1.99999999999.<script>window.pwned=1</script>";
        default -> "9".repeat(1 + random.nextInt(40));
      };
      String path = "/volunteer/offers/" + URLEncoder.encode(token, StandardCharsets.UTF_8).replace("+", "%20");
      for (String suffix : List.of("", "/accept", "/decline", "/outcome")) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path + suffix))
            .timeout(Duration.ofSeconds(30));
        request = suffix.isEmpty() ? request.GET() : request.header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("outcome=" + URLEncoder.encode(randomText(), StandardCharsets.UTF_8)
                + "&notes=" + URLEncoder.encode(randomText(), StandardCharsets.UTF_8)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
          failures.add(response.statusCode() + " for " + abbreviate(path + suffix));
        }
        assertThat(response.body()).as(path + suffix).doesNotContain("<script>window", "<img src=x");
      }
    }
    assertThat(failures).as("5xx answers (seed " + seed + ")").isEmpty();
  }

  private ObjectNode validSubmission(int n) {
    ObjectNode body = (ObjectNode) read("""
        {"resident":{"firstName":"Fuzz","lastName":"Resident%d","dateOfBirth":"1941-02-03","phone":"07700 9%05d",
          "email":"fuzz%d@example.org",
          "address":{"line1":"%d Fuzz Street","line2":"Flat 2","town":"St Helens","postcode":"WA10 1AA"}},
         "needs":["FOOD"],"urgency":"SOON","supportNetworkAvailable":false,
         "vulnerability":{"shielding":true,"disability":false,"selfIsolating":false},
         "consent":{"shareWithPartners":true,"contactByVolunteers":true},"notes":"Fuzz run"}"""
        .formatted(random.nextInt(1_000_000), random.nextInt(100_000), n, n));
    return body;
  }

  /** One to three random changes anywhere in the document: a field's value, a missing field, an unknown one. */
  private JsonNode mutate(ObjectNode root) {
    int changes = 1 + random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      List<ObjectNode> parents = new ArrayList<>();
      collectObjects(root, parents);
      ObjectNode parent = parents.get(random.nextInt(parents.size()));
      List<String> names = new ArrayList<>();
      parent.fieldNames().forEachRemaining(names::add);
      String name = names.isEmpty() ? "extra" : names.get(random.nextInt(names.size()));
      switch (random.nextInt(10)) {
        case 0 -> parent.remove(name);
        case 1 -> parent.set("unexpected" + random.nextInt(3), randomValue());
        default -> parent.set(name, randomValue());
      }
    }
    return root;
  }

  private void collectObjects(JsonNode node, List<ObjectNode> into) {
    if (node instanceof ObjectNode object) {
      into.add(object);
      object.elements().forEachRemaining(child -> collectObjects(child, into));
    }
  }

  private JsonNode randomValue() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (random.nextInt(12)) {
      case 0 -> f.nullNode();
      case 1 -> f.numberNode(random.nextLong());
      case 2 -> f.numberNode(random.nextDouble() * 1e300);
      case 3 -> f.booleanNode(random.nextBoolean());
      case 4 -> {
        ArrayNode array = f.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(randomText());
        }
        yield array;
      }
      case 5 -> f.objectNode().put(randomText(), randomText());
      case 6 -> f.textNode(List.of("1900-02-30", "31/12/1950", "2999-01-01", "0000-00-00", "1950-1-1").get(random.nextInt(5)));
      case 7 -> f.textNode(List.of("FOOD", "food", "P1", "URGENT", "WA10 1AA", "wa101aa", "ZZ99 9ZZ").get(random.nextInt(7)));
      default -> f.textNode(randomText());
    };
  }

  private String randomText() {
    if (random.nextInt(3) > 0) {
      return NASTY_TEXT.get(random.nextInt(NASTY_TEXT.size()));
    }
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(60); i > 0; i--) {
      text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x2FFFF) : 32 + random.nextInt(95));
    }
    return text.toString();
  }

  private String rawGarbage() {
    return switch (random.nextInt(5)) {
      case 0 -> "";
      case 1 -> "{\"resident\":";
      case 2 -> "[".repeat(5_000);
      case 3 -> "not json at all " + randomText();
      default -> "{\"needs\":[\"FOOD\"],\"needs\":[\"FOOD\"],\"resident\":null}";
    };
  }

  private Map<String, Long> rowCounts() {
    return Map.of(
        "help_request", jdbc.queryForObject("select count(*) from help_request", Long.class),
        "idempotency_record", jdbc.queryForObject("select count(*) from idempotency_record", Long.class));
  }

  private HttpResponse<String> post(String path, String token, String body) throws Exception {
    return post(path, token, body, null);
  }

  private HttpResponse<String> post(String path, String token, String body, String idempotencyKey) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return ApiContract.of(base()).sendCheckingTheAnswer(http,
        request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    return ApiContract.of(base()).sendCheckingTheAnswer(http, HttpRequest.newBuilder(URI.create(base() + path))
        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build());
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
  }
}
