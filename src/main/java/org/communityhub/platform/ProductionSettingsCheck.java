package org.communityhub.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Refuses to start the production profile while a setting it needs is missing or unusable, before
 * anything touches the database. Runs as an initializer (not earlier) so that logging is set up and
 * the refusal is printed by {@link StartRefusedFailureAnalyzer} as plain lines. Every problem found
 * is reported at once, so the operator fixes them in one go.
 */
public class ProductionSettingsCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final Set<String> DEMO_PASSWORDS = Set.of("demo", "admin", "password", "changeme");
  static final int MIN_SECRET_LENGTH = 32;
  /** The default profile's link secret: known to everyone who read application.yaml. */
  static final String DEMO_LINK_SECRET = "demo-only-volunteer-link-secret-not-for-production";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    check(context.getEnvironment());
  }

  /** Throws {@link StartRefusedException} naming every unusable setting (production profile only). */
  public static void check(Environment environment) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("production")) {
      return;
    }
    List<String> problems = new ArrayList<>();
    database(environment.getProperty("spring.datasource.url", ""), problems);
    adminPassword(environment.getProperty("camunda.bpm.admin-user.password", ""), problems);
    if (environment.getProperty("hub.demo-users.enabled", "false").trim().equalsIgnoreCase("true")) {
      problems.add("hub.demo-users.enabled is true: remove it; the production hub creates no demo users.");
    }
    linkSecret(environment.getProperty("hub.volunteer-page.link-secret", ""), problems);
    httpsAddress("HUB_PUBLIC_URL", "the hub's public address, where volunteers' links point",
        "https://hub.example.gov.uk", environment.getProperty("hub.volunteer-page.base-url", ""), problems);
    if (environment.getProperty("hub.council.name", "").isBlank()) {
      problems.add("HUB_COUNCIL_NAME is not set: give the council's name as residents and volunteers know it, "
          + "for example St Helens Borough Council.");
    }
    if (environment.getProperty("hub.privacy-notice.contact", "").isBlank()) {
      problems.add("HUB_PRIVACY_CONTACT is not set: say in the privacy notice whom residents ask about their data "
          + "and how, for example: Email the council's data protection officer at dpo@example.gov.uk.");
    }
    httpsAddress("HUB_SERVICE_DIRECTORY_URL", "the address of the council's service directory, where residents "
        + "who can get help elsewhere are sent", "https://www.example.gov.uk/directory",
        environment.getProperty("hub.signpost.directory-url", ""), problems);
    notifyEnabled(environment.getProperty("hub.notify.enabled", ""), problems);
    areaMigrations(environment.getProperty("hub.area-migrations", ""), problems);
    if (!problems.isEmpty()) {
      throw new StartRefusedException(problems);
    }
  }

  private static void database(String url, List<String> problems) {
    if (url.isBlank()) {
      problems.add("HUB_DB_URL is not set: give the PostgreSQL database as jdbc:postgresql://host:5432/database.");
    } else if (!url.startsWith("jdbc:postgresql:")) {
      problems.add("The production hub runs on PostgreSQL: set SPRING_PROFILES_ACTIVE to postgres,production "
          + "and HUB_DB_URL to jdbc:postgresql://host:5432/database.");
    }
  }

  private static void adminPassword(String password, List<String> problems) {
    if (password.isBlank()) {
      problems.add("HUB_ADMIN_PASSWORD is not set: give the password of the hub's admin user "
          + "(make one with: openssl rand -base64 24).");
    } else if (DEMO_PASSWORDS.contains(password.trim().toLowerCase())) {
      problems.add("HUB_ADMIN_PASSWORD is a demo password: give a password of your own "
          + "(make one with: openssl rand -base64 24).");
    }
  }

  private static void linkSecret(String secret, List<String> problems) {
    String make = "a random secret of at least " + MIN_SECRET_LENGTH + " characters, the same on every node "
        + "(make one with: openssl rand -base64 48).";
    if (secret.isBlank()) {
      problems.add("HUB_VOLUNTEER_LINK_SECRET is not set: give " + make);
    } else if (secret.equals(DEMO_LINK_SECRET)) {
      problems.add("HUB_VOLUNTEER_LINK_SECRET is the demo's secret: give " + make);
    } else if (secret.length() < MIN_SECRET_LENGTH) {
      problems.add("HUB_VOLUNTEER_LINK_SECRET is too short (" + secret.length() + " characters): give " + make);
    }
  }

  private static void httpsAddress(String setting, String meaning, String example, String value,
      List<String> problems) {
    if (value.isBlank()) {
      problems.add(setting + " is not set: give " + meaning + ", starting with https://, for example " + example + ".");
      return;
    }
    if (!value.startsWith("https://") || !isAddress(value)) {
      problems.add(setting + " must be an address starting with https:// (it is " + value + "): give " + meaning
          + ", for example " + example + ".");
    }
  }

  private static boolean isAddress(String value) {
    try {
      URI uri = new URI(value);
      return uri.getHost() != null && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static void notifyEnabled(String enabled, List<String> problems) {
    String value = enabled.trim().toLowerCase();
    if (value.isEmpty()) {
      problems.add("HUB_NOTIFY_ENABLED is not set: give true to send volunteers' offers, partners' escalations and "
          + "DBS reminders through GOV.UK Notify (with HUB_NOTIFY_API_KEY and every template id), or false to run "
          + "without sending any message.");
    } else if (!value.equals("true") && !value.equals("false")) {
      problems.add("HUB_NOTIFY_ENABLED must be true or false (it is " + enabled + ").");
    }
  }

  /** The council's area must be a Flyway location that holds at least one SQL migration. */
  private static void areaMigrations(String location, List<String> problems) {
    String hint = "give the Flyway location of your council's area data, for example "
        + "filesystem:/etc/community-hub/area (a directory of .sql files; copy src/main/resources/db/example-area).";
    if (location.isBlank()) {
      problems.add("HUB_AREA_MIGRATIONS is not set: " + hint);
      return;
    }
    if (location.contains(",")) {
      problems.add("HUB_AREA_MIGRATIONS must be one location (it is " + location + "): " + hint);
      return;
    }
    if (location.equals("classpath:db/demo") || location.equals("classpath:db/demo/")) {
      problems.add("HUB_AREA_MIGRATIONS is the demo's volunteers, partners and organisations (" + location + "): "
          + hint);
      return;
    }
    if (!holdsSqlFiles(location)) {
      problems.add("HUB_AREA_MIGRATIONS holds no .sql files (" + location + "): " + hint);
    }
  }

  private static boolean holdsSqlFiles(String location) {
    try {
      if (location.startsWith("filesystem:")) {
        Path directory = Path.of(location.substring("filesystem:".length()));
        if (!Files.isDirectory(directory)) {
          return false;
        }
        try (Stream<Path> files = Files.list(directory)) {
          return files.anyMatch(f -> f.getFileName().toString().endsWith(".sql"));
        }
      }
      String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
      path = path.endsWith("/") ? path : path + "/";
      return new PathMatchingResourcePatternResolver().getResources("classpath*:" + path + "*.sql").length > 0;
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
  }
}
