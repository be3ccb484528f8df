package org.communityhub.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.communityhub.support.HubProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production profile as an operator starts it (own JVM, PostgreSQL, own secrets): session
 * cookies are Secure, HttpOnly and SameSite=Strict, the webapps send HSTS, no demo user or demo
 * partner exists, and the Admin setup endpoint is refused.
 */
@Tag("reliability")
class ProductionWebSettingsTest {

  @Test
  void productionHubSendsSecureStrictCookiesAndHstsAndHasNoDemoAccounts() throws Exception {
    try (EmbeddedPostgres database = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        HubProcess hub = HubProcess.start("production", database.getJdbcUrl("postgres", "postgres"), List.of(
            "--spring.profiles.active=production",
            "--camunda.bpm.admin-user.password=" + UUID.randomUUID(),
            "--hub.volunteer-page.link-secret=" + UUID.randomUUID() + UUID.randomUUID(),
            "--hub.volunteer-page.base-url=https://hub.example.gov.uk",
            "--hub.partner-api.issuer=https://hub.example.gov.uk",
            "--hub.council.name=Example Borough Council",
            "--hub.privacy-notice.contact=Email the data protection officer at dpo@example.gov.uk.",
            "--hub.signpost.directory-url=https://www.example.gov.uk/directory",
            "--hub.notify.enabled=false",
            "--hub.area-migrations=classpath:db/example-area"))) {
      hub.awaitPage("/camunda/app/tasklist/default/", Duration.ofMinutes(3));
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(hub.baseUrl()
          + "/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.ofString());

      String session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
          .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + page.headers()));
      assertThat(session).as("session cookie").contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=Strict");
      assertThat(page.headers().firstValue("Strict-Transport-Security")).as("HSTS").isPresent();

      HttpResponse<String> setup = http.send(HttpRequest.newBuilder(URI.create(hub.baseUrl()
              + "/camunda/api/admin/setup/default/user/create")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-password\"}}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(setup.statusCode()).isEqualTo(403);

      JdbcTemplate jdbc = new JdbcTemplate(database.getPostgresDatabase());
      assertThat(jdbc.queryForList("select id_ from act_id_user", String.class)).containsExactly("admin");
      assertThat(jdbc.queryForObject("select count(*) from oauth2_registered_client where client_id like '%-demo'",
          Long.class)).as("demo partner clients").isZero();
    }
  }
}
