package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityhub.privacy.RetentionSettings;
import org.communityhub.volunteers.VolunteerSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Typed settings are checked when the hub starts: a missing or malformed value stops it there. */
class SettingsCheckedAtStartTest {

  @Configuration
  @EnableConfigurationProperties({VolunteerSettings.class, RetentionSettings.class})
  static class Settings {}

  private final ApplicationContextRunner hub = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Settings.class);

  @Test
  void givenSettingsAreRead() {
    hub.withPropertyValues("hub.volunteers.dbs-valid-for=P2Y", "hub.retention.resident-data=P365D",
        "hub.retention.cron=0 30 2 * * *").run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(VolunteerSettings.class).dbsValidFor()).hasYears(2);
          assertThat(context.getBean(RetentionSettings.class).residentData()).hasDays(365);
        });
  }

  @Test
  void aMissingSettingStopsTheStart() {
    hub.withPropertyValues("hub.retention.resident-data=P365D", "hub.retention.cron=0 30 2 * * *")
        .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("dbsValidFor"));
  }

  @Test
  void aMalformedSettingStopsTheStart() {
    hub.withPropertyValues("hub.volunteers.dbs-valid-for=three years", "hub.retention.resident-data=P365D",
        "hub.retention.cron=0 30 2 * * *").run(context -> assertThat(context).hasFailed());
  }
}
