package org.communityhub.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.communityhub.support.StandaloneHub;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL stops for 20 s while a partner keeps submitting: the API answers 503 with problem
 * details during the outage, stores nothing it refused, and recovers without a restart.
 */
@Tag("reliability")
class DatabaseOutageTest {

  private static final Duration OUTAGE = Duration.ofSeconds(20);
  @TempDir Path dataDirectory;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void partnerApiAnswers503DuringADatabaseOutageAndRecoversWithoutRestart() throws Exception {
    int databasePort = freePort();
    EmbeddedPostgres database = startDatabase(databasePort);
    try (ConfigurableApplicationContext hub = startHub(databasePort)) {
      String base = StandaloneHub.baseUrl(hub);
      String token = StandaloneHub.partnerToken(http, base, "foodbank-demo", "foodbank-demo-secret",
          "requests:write referrals:read");
      String lastName = "Outage" + ThreadLocalRandom.current().nextInt(1_000_000);

      assertThat(submit(base, token, lastName, "before").statusCode()).isEqualTo(201);

      database.close();
      Instant down = Instant.now();
      HttpResponse<String> during = submit(base, token, lastName, "during");
      assertThat(during.statusCode()).isEqualTo(503);
      assertThat(during.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(during.headers().firstValue("Retry-After")).hasValue("30");
      assertThat(during.body()).contains("Nothing was stored");
      HttpResponse<String> listDuring = get(base + "/api/v1/referrals", token);
      assertThat(listDuring.statusCode()).isEqualTo(503);
      Thread.sleep(Math.max(0, OUTAGE.minus(Duration.between(down, Instant.now())).toMillis()));

      database = startDatabase(databasePort);
      HttpResponse<String> after = null;
      Instant giveUp = Instant.now().plusSeconds(60);
      while (Instant.now().isBefore(giveUp)) {
        after = submit(base, token, lastName, "after");
        if (after.statusCode() != 503) {
          break;
        }
        Thread.sleep(1000);
      }
      assertThat(after.statusCode()).as("recovered without restart: " + after.body()).isEqualTo(201);

      JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForList("select p.address_line1 from resident p join help_request r on r.resident_id = p.id"
          + " where p.last_name = ?", String.class, lastName)).as("accepted before and after; nothing from the outage")
          .isNotEmpty().allMatch(line -> !line.contains("during"));
    } finally {
      database.close();
    }
  }

  private EmbeddedPostgres startDatabase(int port) throws IOException {
    // Same directory and port each time: the hub's connection pool finds the same server again.
    return EmbeddedPostgres.builder().setDataDirectory(dataDirectory.resolve("pg")).setCleanDataDirectory(false)
        .setPort(port).setRegisterShutdownHook(false).start();
  }

  private ConfigurableApplicationContext startHub(int databasePort) {
    return StandaloneHub.start("outagetest", "jdbc:postgresql://localhost:" + databasePort + "/postgres",
        "postgres", "postgres");
  }

  private HttpResponse<String> submit(String base, String token, String lastName, String when) throws Exception {
    String body = """
        {"resident":{"firstName":"Olive","lastName":"%s","dateOfBirth":"1939-06-01","phone":"01744 %06d",
          "address":{"line1":"%s, 1 Station Road","town":"St Helens","postcode":"WA10 1AA"}},
         "needs":["FOOD"],"urgency":"SOON","supportNetworkAvailable":false,
         "consent":{"shareWithPartners":true,"contactByVolunteers":true}}"""
        .formatted(lastName, ThreadLocalRandom.current().nextInt(1_000_000), when);
    return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/help-requests"))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String url, String token) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
