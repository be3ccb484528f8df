package org.communityhub.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.communityhub.dispatch.VolunteerPoolBench;
import org.communityhub.support.HubProcess;
import org.communityhub.support.RecordingNotify;
import org.communityhub.support.StandaloneHub;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two hubs (separate JVMs, different ports) on one PostgreSQL, both running the job executor:
 * partners and volunteers spread over both. Every async step and timer runs once, every task ends
 * with one assignment, a referral acknowledged on both nodes at once is acknowledged once, and a
 * token from either node works on the other.
 */
@Tag("reliability")
class TwoNodesTest {

  private static final Duration BOOT = Duration.ofMinutes(3);
  private static final String ALL_SCOPES = "requests:write requests:read referrals:read referrals:write";
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void twoNodesOnOneDatabaseRunEachStepOnceAndAssignEachTaskOnce() throws Exception {
    try (EmbeddedPostgres database = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        RecordingNotify notify = new RecordingNotify()) {
      String jdbcUrl = database.getJdbcUrl("postgres", "postgres");
      JdbcTemplate jdbc = new JdbcTemplate(database.getPostgresDatabase());
      HubDatabase hubDb = new HubDatabase(jdbc);
      // Both nodes are one hub behind one public address (HUB_PUBLIC_URL): the issuer of its tokens.
      List<String> arguments = new ArrayList<>(notify.hubArguments());
      arguments.add("--hub.partner-api.issuer=https://hub.example.gov.uk");

      // The first start makes the schema; the second starts at the same time as the stream begins.
      try (HubProcess a = HubProcess.start("node-a", jdbcUrl, arguments).awaitReady(BOOT);
          HubProcess b = HubProcess.start("node-b", jdbcUrl, arguments).awaitReady(BOOT)) {
        VolunteerPoolBench.seedUpTo(jdbc, 400);
        String tokenFromA = StandaloneHub.partnerToken(http, a.baseUrl(), "foodbank-demo", "foodbank-demo-secret",
            ALL_SCOPES);
        String housingFromB = StandaloneHub.partnerToken(http, b.baseUrl(), "housing-demo", "housing-demo-secret",
            ALL_SCOPES);
        assertThat(get(b.baseUrl() + "/api/v1/referrals", tokenFromA).statusCode())
            .as("a token from node A on node B").isEqualTo(200);
        assertThat(get(a.baseUrl() + "/api/v1/referrals", housingFromB).statusCode())
            .as("a token from node B on node A").isEqualTo(200);
        shortenHousingSla(a.baseUrl());

        WorkStream stream = new WorkStream(() -> List.of(a.baseUrl(), b.baseUrl()), () -> tokenFromA, notify, 4);
        try {
          Instant until = Instant.now().plusSeconds(40);
          while (Instant.now().isBefore(until)) {
            Thread.sleep(500);
          }
        } finally {
          stream.close();
        }
        List<Long> acknowledgedOnce = acknowledgeEachSentReferralOnBothNodesAtOnce(a, b, housingFromB, 6);
        // Let the SLA timers of the others pass (10 s per breach) on whichever node takes them.
        Thread.sleep(25_000);
        hubDb.awaitNoDueJobs(Duration.ofSeconds(120));

        WorkStreamChecks.nothingLostNothingSentTwice(hubDb, notify, stream);
        assertThat(stream.otherAnswers).as("answers other than 201 from a running node").isEmpty();
        assertThat(a.logLines("sent through Notify")).as("messages node A sent (its job executor worked)").isPositive();
        assertThat(b.logLines("sent through Notify")).as("messages node B sent (its job executor worked)").isPositive();
        assertThat(acknowledgedOnce).as("referrals acknowledged on both nodes at once").isNotEmpty();
        List<String> firstBreachEmails = notify.countsByReference().keySet().stream()
            .filter(k -> k.endsWith("-escalation-1")).sorted().toList();
        assertThat(firstBreachEmails).as("first SLA breach emails").isNotEmpty();
        assertThat(jdbc.queryForList("select 'referral-' || id || '-escalation-1' from referral where escalations >= 1"
            + " order by 1", String.class)).as("one first-breach email per referral that breached its SLA")
            .containsExactlyInAnyOrderElementsOf(firstBreachEmails);
        assertThat(jdbc.queryForObject("select count(*) from referral where status = 'SENT' and escalations = 0",
            Long.class)).as("unacknowledged referrals whose timer did not fire").isZero();
        long escalations = firstBreachEmails.size();
        System.out.printf("two nodes: %d referrals acknowledged once from simultaneous calls, %d escalation emails,"
            + " %d service tasks run in all%n", acknowledgedOnce.size(), escalations, hubDb.serviceTaskRuns());
      }
    }
  }

  /** The housing association calls acknowledge on both nodes at the same moment: one 200, one 409. */
  private List<Long> acknowledgeEachSentReferralOnBothNodesAtOnce(HubProcess a, HubProcess b, String token, int max)
      throws Exception {
    JsonNode sent = json.readTree(get(a.baseUrl() + "/api/v1/referrals?status=SENT", token).body());
    List<Long> done = new ArrayList<>();
    for (JsonNode referral : sent) {
      if (done.size() == max) {
        break;
      }
      long id = referral.path("id").asLong();
      CompletableFuture<HttpResponse<String>> onA = http.sendAsync(post(a.baseUrl(), id, token),
          HttpResponse.BodyHandlers.ofString());
      CompletableFuture<HttpResponse<String>> onB = http.sendAsync(post(b.baseUrl(), id, token),
          HttpResponse.BodyHandlers.ofString());
      List<Integer> statuses = List.of(onA.get().statusCode(), onB.get().statusCode());
      assertThat(statuses).as("referral " + id).containsExactlyInAnyOrder(200, 409);
      done.add(id);
    }
    return done;
  }

  private HttpRequest post(String base, long referralId, String token) {
    return HttpRequest.newBuilder(URI.create(base + "/api/v1/referrals/" + referralId + "/acknowledge"))
        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.noBody()).build();
  }

  private void shortenHousingSla(String base) throws Exception {
    String basic = Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> changed = http.send(HttpRequest.newBuilder(URI.create(base
            + "/api/staff/partners/housing/agreement")).header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
            {"allowedFields":["firstName","lastName","phone","address","needs"],
             "lawfulBasis":"UK GDPR Art 6(1)(a) consent of the resident",
             "acknowledgementSla":{"P1":"PT10S","P2":"PT10S","P3":"PT10S"}}""")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
  }

  private HttpResponse<String> get(String url, String token) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
