package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

/**
 * The production profile refuses to start with a missing or unusable setting, with one plain line
 * naming the setting and what to give.
 */
class ProductionProfileTest {

  /** A production environment that passes every check; each test spoils one setting. */
  static MockEnvironment production() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("postgres", "production");
    Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/hub",
        "camunda.bpm.admin-user.password", "a-long-real-secret",
        "hub.volunteer-page.link-secret", "x".repeat(ProductionSettingsCheck.MIN_SECRET_LENGTH),
        "hub.volunteer-page.base-url", "https://hub.example.gov.uk",
        "hub.council.name", "St Helens Borough Council",
        "hub.privacy-notice.contact", "Email dpo@sthelens.gov.uk",
        "hub.signpost.directory-url", "https://www.example.gov.uk/directory",
        "hub.notify.enabled", "false",
        "hub.area-migrations", "classpath:db/example-area").forEach(environment::setProperty);
    return environment;
  }

  private static String refusal(MockEnvironment environment) {
    try {
      ProductionSettingsCheck.check(environment);
    } catch (StartRefusedException refused) {
      return refused.getMessage();
    }
    throw new AssertionError("the production hub started");
  }

  @Test
  void productionWithEverySettingStarts() {
    assertThatCode(() -> ProductionSettingsCheck.check(production())).doesNotThrowAnyException();
  }

  @Test
  void otherProfilesAreNotChecked() {
    assertThatCode(() -> ProductionSettingsCheck.check(new StandardEnvironment())).doesNotThrowAnyException();
  }

  @Test
  void missingLinkSecretIsNamedWithHowToMakeOne() {
    assertThat(refusal(production().withProperty("hub.volunteer-page.link-secret", "")))
        .isEqualTo("HUB_VOLUNTEER_LINK_SECRET is not set: give a random secret of at least 32 characters, "
            + "the same on every node (make one with: openssl rand -base64 48).");
  }

  @Test
  void linkSecretShorterThan32CharactersIsRefused() {
    assertThat(refusal(production().withProperty("hub.volunteer-page.link-secret", "x".repeat(31))))
        .startsWith("HUB_VOLUNTEER_LINK_SECRET is too short (31 characters): give a random secret of at least 32");
  }

  @Test
  void theDemosLinkSecretIsRefused() {
    assertThat(refusal(production().withProperty("hub.volunteer-page.link-secret",
        ProductionSettingsCheck.DEMO_LINK_SECRET))).startsWith("HUB_VOLUNTEER_LINK_SECRET is the demo's secret");
  }

  @Test
  void publicUrlMustBeHttps() {
    assertThat(refusal(production().withProperty("hub.volunteer-page.base-url", "http://hub.example.gov.uk")))
        .isEqualTo("HUB_PUBLIC_URL must be an address starting with https:// (it is http://hub.example.gov.uk): "
            + "give the hub's public address, where volunteers' links point, for example https://hub.example.gov.uk.");
    assertThat(refusal(production().withProperty("hub.volunteer-page.base-url", "")))
        .startsWith("HUB_PUBLIC_URL is not set: give the hub's public address");
    assertThat(refusal(production().withProperty("hub.volunteer-page.base-url", "https://")))
        .startsWith("HUB_PUBLIC_URL must be an address starting with https://");
  }

  @Test
  void notifyMustBeSwitchedOnOrOffExplicitly() {
    assertThat(refusal(production().withProperty("hub.notify.enabled", "")))
        .startsWith("HUB_NOTIFY_ENABLED is not set: give true to send").contains("or false to run without sending");
    assertThat(refusal(production().withProperty("hub.notify.enabled", "yes")))
        .isEqualTo("HUB_NOTIFY_ENABLED must be true or false (it is yes).");
  }

  @Test
  void adminPasswordMustBeGivenAndNotADemoOne() {
    assertThat(refusal(production().withProperty("camunda.bpm.admin-user.password", "")))
        .startsWith("HUB_ADMIN_PASSWORD is not set");
    assertThat(refusal(production().withProperty("camunda.bpm.admin-user.password", "Demo")))
        .startsWith("HUB_ADMIN_PASSWORD is a demo password");
  }

  @Test
  void demoUsersAreRefused() {
    assertThat(refusal(production().withProperty("hub.demo-users.enabled", "true"))).contains("demo users");
  }

  @Test
  void productionRunsOnPostgresOnly() {
    assertThat(refusal(production().withProperty("spring.datasource.url", "jdbc:h2:file:./data/community-hub")))
        .startsWith("The production hub runs on PostgreSQL: set SPRING_PROFILES_ACTIVE to postgres,production");
    assertThat(refusal(production().withProperty("spring.datasource.url", ""))).startsWith("HUB_DB_URL is not set");
  }

  @Test
  void councilNameAndServiceDirectoryAreTheCouncilsOwn() {
    assertThat(refusal(production().withProperty("hub.council.name", ""))).startsWith("HUB_COUNCIL_NAME is not set");
    assertThat(refusal(production().withProperty("hub.privacy-notice.contact", " ")))
        .startsWith("HUB_PRIVACY_CONTACT is not set");
    assertThat(refusal(production().withProperty("hub.signpost.directory-url", "www.example.gov.uk")))
        .startsWith("HUB_SERVICE_DIRECTORY_URL must be an address starting with https://");
  }

  @Test
  void areaMigrationsMustBeALocationWithSqlFiles(@TempDir Path empty) {
    assertThat(refusal(production().withProperty("hub.area-migrations", "")))
        .startsWith("HUB_AREA_MIGRATIONS is not set: give the Flyway location of your council's area data");
    assertThat(refusal(production().withProperty("hub.area-migrations", "filesystem:" + empty)))
        .startsWith("HUB_AREA_MIGRATIONS holds no .sql files (filesystem:" + empty + ")");
    assertThat(refusal(production().withProperty("hub.area-migrations", "classpath:db/demo")))
        .startsWith("HUB_AREA_MIGRATIONS is the demo's volunteers, partners and organisations");
  }

  @Test
  void everyMissingSettingIsNamedAtOnce() {
    MockEnvironment environment = production().withProperty("hub.volunteer-page.link-secret", "")
        .withProperty("hub.volunteer-page.base-url", "").withProperty("hub.notify.enabled", "");
    assertThat(refusal(environment).lines())
        .extracting(line -> line.substring(0, line.indexOf(' ')))
        .containsExactly("HUB_VOLUNTEER_LINK_SECRET", "HUB_PUBLIC_URL", "HUB_NOTIFY_ENABLED");
  }
}
