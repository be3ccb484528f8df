package org.communityhub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** hub.reports.* is checked when the hub starts: a missing or impossible value stops it there. */
class ReportSettingsTest {

  @Configuration
  @EnableConfigurationProperties(ReportSettings.class)
  static class Settings {}

  private final ApplicationContextRunner hub = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Settings.class);

  @Test
  void theDefaultsStartAndZeroShowsEveryCount() {
    hub.withPropertyValues("hub.reports.fewer-than=0", "hub.reports.idle-days=30",
        "hub.reports.dbs-expiring-within-days=60").run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(ReportSettings.class).fewerThan()).isZero();
        });
  }

  @Test
  void aMissingOrImpossibleSettingStopsTheStart() {
    hub.withPropertyValues("hub.reports.fewer-than=5", "hub.reports.dbs-expiring-within-days=60")
        .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("idleDays"));
    hub.withPropertyValues("hub.reports.fewer-than=-1", "hub.reports.idle-days=30",
        "hub.reports.dbs-expiring-within-days=60")
        .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("fewerThan"));
  }
}
