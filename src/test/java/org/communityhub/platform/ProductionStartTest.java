package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communityhub.CommunityHubApplication;
import org.communityhub.notify.NotifySettings;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * The production hub started as docker compose starts it: with exactly the environment the
 * compose file gives the hub container (filled from the settings docker/.env.example names), on a
 * real PostgreSQL. In this JVM, without Camunda's webapps (they keep static state another hub in
 * the JVM would disturb; the reliability suite's ProductionWebSettingsTest starts them in a JVM
 * of their own).
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTest {

  private static final String NOTIFY_KEY = "council-live-" + UUID.randomUUID() + "-" + UUID.randomUUID();

  /** What an operator writes into docker/.env: a value for every setting of the example. */
  private static Map<String, String> operatorSettings(EmbeddedPostgres database) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("HUB_DB_URL", database.getJdbcUrl("postgres", "postgres"));
    settings.put("HUB_DB_USER", "postgres");
    settings.put("HUB_DB_PASSWORD", "postgres");
    settings.put("HUB_ADMIN_PASSWORD", UUID.randomUUID().toString());
    settings.put("HUB_PUBLIC_URL", "https://hub.example.gov.uk");
    settings.put("HUB_VOLUNTEER_LINK_SECRET", UUID.randomUUID() + "-" + UUID.randomUUID());
    settings.put("HUB_COUNCIL_NAME", "Example Borough Council");
    settings.put("HUB_PRIVACY_CONTACT", "Email the data protection officer at dpo@example.gov.uk.");
    settings.put("HUB_SERVICE_DIRECTORY_URL", "https://www.example.gov.uk/directory");
    // The example a council copies, from the classpath here instead of the mounted directory.
    settings.put("HUB_AREA_MIGRATIONS", "classpath:db/example-area");
    settings.put("HUB_NOTIFY_ENABLED", "true");
    settings.put("HUB_NOTIFY_API_KEY", NOTIFY_KEY);
    for (String template : List.of("OFFER_SMS", "OFFER_EMAIL", "REFERRAL_ESCALATION_EMAIL", "VOLUNTEER_WELCOME_EMAIL",
        "VOLUNTEER_NOT_ACCEPTED_EMAIL", "DBS_REMINDER_EMAIL", "DBS_EXPIRED_EMAIL", "ASK_FOR_HELP_CONFIRMATION_EMAIL",
        "ASK_FOR_HELP_CONFIRMATION_SMS", "OFFER_HELP_CONFIRM_EMAIL", "VOLUNTEER_SIGN_IN_EMAIL")) {
      settings.put("HUB_NOTIFY_TEMPLATE_" + template, UUID.randomUUID().toString());
    }
    settings.put("HUB_SECURE_COOKIES", "true");
    settings.put("HUB_HSTS_DISABLED", "false");
    settings.put("HUB_API_DOCS_ENABLED", "false");
    settings.put("HUB_PARTNER_TOKEN_SIGNING_JWK", "");
    settings.put("HUB_OPERATIONS_GROUPS", "operations");
    // staff sign in with a password: no identity provider configured, as compose passes it empty
    settings.put("HUB_STAFF_PASSWORD_SIGN_IN", "true");
    for (String oidc : new String[] {"PROVIDER_NAME", "ISSUER_URI", "CLIENT_ID", "CLIENT_SECRET", "GROUPS_CALL_HANDLERS",
        "GROUPS_ELIGIBILITY_OFFICERS", "GROUPS_VOLUNTEER_COORDINATORS", "GROUPS_DUTY_MANAGERS", "GROUPS_PROCESS_OWNERS",
        "GROUPS_DATA_PROTECTION_OFFICERS", "GROUPS_ADMINS"}) {
      settings.put("HUB_OIDC_" + oidc, "");
    }
    settings.put("HUB_OIDC_GROUPS_CLAIM", "groups");
    settings.put("HUB_OIDC_USER_NAME_CLAIM", "preferred_username");
    assertThat(settings.keySet()).as("this test gives a value to every setting of docker/.env.example, no other")
        .containsExactlyInAnyOrderElementsOf(ContainerFiles.envExample().keySet());
    return settings;
  }

  private String adminPassword;

  /** The operator's settings, keeping the admin password for the calls that sign in as admin. */
  private Map<String, String> operatorSettingsWith(EmbeddedPostgres database) throws Exception {
    Map<String, String> settings = operatorSettings(database);
    adminPassword = settings.get("HUB_ADMIN_PASSWORD");
    return settings;
  }

  @Test
  void startsWithExactlyTheEnvironmentComposePasses() throws Exception {
    try (EmbeddedPostgres database = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        ConfigurableApplicationContext hub = startAsCompose(ContainerFiles.hubEnvironment(
            operatorSettingsWith(database)), "composestart")) {
      String base = "http://localhost:" + hub.getEnvironment().getProperty("local.server.port");
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> health = get(http, base + "/actuator/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).as("anonymous health, no details").isEqualTo("{\"status\":\"UP\"}");
      assertThat(get(http, base + "/v3/api-docs").statusCode()).as("API document off").isEqualTo(404);
      assertThat(get(http, base + "/swagger-ui.html").statusCode()).as("Swagger UI off").isEqualTo(404);
      assertThat(get(http, base + "/actuator/prometheus").statusCode()).as("metrics: not for anonymous callers")
          .isEqualTo(401);
      String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes());
      assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/env")).header("Authorization", admin)
          .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).as("only health and metrics are exposed")
          .isEqualTo(404);
      assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).header("Authorization",
          admin).build(), HttpResponse.BodyHandlers.ofString()).body()).contains("hub_requests_received_total");

      assertThat(hub.getBean(NotifySettings.class).messagesAreSent()).isTrue();
      JdbcTemplate jdbc = new JdbcTemplate(database.getPostgresDatabase());
      assertThat(jdbc.queryForObject("select count(*) from area_district", Long.class)).as("the council's area").isPositive();
      assertThat(jdbc.queryForObject("select (select count(*) from volunteer) + (select count(*) from partner)"
          + " + (select count(*) from organisation)", Long.class)).as("no demo people").isZero();
    }
  }

  @Test
  void refusesADatabaseHoldingTheDemoPeopleUntilTheScriptRemovesThem(CapturedOutput output) throws Exception {
    try (EmbeddedPostgres database = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
      // As a default-profile hub (or the old compose file) left it.
      Flyway.configure().dataSource(database.getPostgresDatabase()).baselineOnMigrate(true).baselineVersion("0")
          .locations("classpath:db/migration", "classpath:db/example-area", "classpath:db/demo").load().migrate();
      JdbcTemplate jdbc = new JdbcTemplate(database.getPostgresDatabase());
      long volunteers = jdbc.queryForObject("select count(*) from volunteer", Long.class);

      assertThatThrownBy(() -> startAsCompose(ContainerFiles.hubEnvironment(operatorSettings(database)), "demorows"))
          .isInstanceOf(RuntimeException.class);
      assertThat(output).contains(DemoDataCheck.REFUSAL).doesNotContain("\tat org.communityhub");
      assertThat(jdbc.queryForObject("select count(*) from volunteer", Long.class)).isEqualTo(volunteers);

      for (String statement : ContainerFiles.read(Path.of("docs", "remove-demo-data.sql")).lines()
          .filter(line -> !line.startsWith("\\") && !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b)
          .split(";")) {
        if (!statement.isBlank()) {
          jdbc.execute(statement);
        }
      }
      assertThat(jdbc.queryForObject("select (select count(*) from volunteer) + (select count(*) from partner)"
          + " + (select count(*) from organisation)", Long.class)).as("demo people after the script").isZero();
      assertThat(DemoDataCheck.appliedDemoVersions(database.getPostgresDatabase().getConnection(),
          "flyway_schema_history")).isEmpty();
      // What the production hub's Flyway then finds: the schema and the example area, nothing missing.
      Flyway.configure().dataSource(database.getPostgresDatabase())
          .locations("classpath:db/migration", "classpath:db/example-area").load().validate();
    }
  }

  @Test
  void anUnreachableDatabaseIsOnePlainLine(CapturedOutput output) throws Exception {
    try (EmbeddedPostgres database = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
      Map<String, String> settings = operatorSettings(database);
      int closedPort = freePort();
      settings.put("HUB_DB_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/hub");
      assertThatThrownBy(() -> startAsCompose(ContainerFiles.hubEnvironment(settings), "nodatabase"))
          .isInstanceOf(RuntimeException.class);
      assertThat(output).contains("APPLICATION FAILED TO START")
          .contains("The hub cannot reach the database at 127.0.0.1:" + closedPort + "/hub: check that PostgreSQL "
              + "is running")
          .doesNotContain("\tat org.communityhub");
    }
  }

  @Test
  void aMissingSettingIsOnePlainLine(CapturedOutput output) throws Exception {
    try (EmbeddedPostgres database = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
      Map<String, String> settings = operatorSettings(database);
      settings.put("HUB_VOLUNTEER_LINK_SECRET", "");
      settings.put("HUB_PUBLIC_URL", "http://hub.example.gov.uk");
      assertThatThrownBy(() -> startAsCompose(ContainerFiles.hubEnvironment(settings), "missingsetting"))
          .isInstanceOf(StartRefusedException.class);
      assertThat(output).contains("APPLICATION FAILED TO START")
          .contains("HUB_VOLUNTEER_LINK_SECRET is not set: give a random secret of at least 32 characters")
          .contains("HUB_PUBLIC_URL must be an address starting with https://")
          .doesNotContain("\tat ");
      assertThat(new JdbcTemplate(database.getPostgresDatabase())
          .queryForList("select tablename from pg_tables where schemaname = 'public'")).as("nothing created").isEmpty();
    }
  }

  /**
   * Starts the hub in this JVM with the container's environment as its only environment variables.
   * The arguments are the test harness's, not settings: a free port, an engine name of its own,
   * no webapps, and a Notify address that is not GOV.UK Notify.
   */
  private static ConfigurableApplicationContext startAsCompose(Map<String, String> containerEnvironment,
      String engineName) {
    StandardServletEnvironment environment = new StandardServletEnvironment();
    environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new HashMap<>(containerEnvironment)));
    List<String> harness = new ArrayList<>(List.of(
        "--server.port=0",
        "--camunda.bpm.process-engine-name=" + engineName,
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
            + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration,"
            + "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "--hub.notify.base-url=http://127.0.0.1:9"));
    return new SpringApplicationBuilder(CommunityHubApplication.class).environment(environment)
        .run(harness.toArray(String[]::new));
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
