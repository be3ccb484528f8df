package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityhub.area.SignpostSettings;
import org.communityhub.dispatch.DispatchSettings;
import org.communityhub.dispatch.VolunteerPageSettings;
import org.communityhub.eligibility.Priority;
import org.communityhub.privacy.RetentionSettings;
import org.communityhub.volunteers.VolunteerSettings;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Typed settings are checked when the hub starts: a missing or malformed value stops it there. */
class SettingsCheckedAtStartTest {

  @Configuration
  @EnableConfigurationProperties({VolunteerSettings.class, RetentionSettings.class, CouncilSettings.class,
      SignpostSettings.class, VolunteerPageSettings.class, DispatchSettings.class})
  static class Settings {}

  /** A valid set of every setting above; each test takes one out or spoils it. */
  private static final String[] VALID = {
      "hub.volunteers.dbs-valid-for=P2Y", "hub.retention.resident-data=P365D", "hub.retention.cron=0 30 2 * * *",
      "hub.council.name=Wirral Council", "hub.signpost.directory-url=https://example.gov.uk/directory",
      "hub.signpost.find-your-council-url=https://www.gov.uk/find-local-council",
      "hub.volunteer-page.base-url=https://hub.example.gov.uk",
      "hub.volunteer-page.link-secret=0123456789abcdef0123456789abcdef",
      "hub.volunteer-page.lawful-basis=UK GDPR Art. 6(1)(e)",
      "hub.dispatch.offer-timeout.P1=PT30M", "hub.dispatch.offer-timeout.P2=PT2H", "hub.dispatch.offer-timeout.P3=PT12H",
      "hub.dispatch.chase-after.P1=PT8H", "hub.dispatch.chase-after.P2=PT48H", "hub.dispatch.chase-after.P3=P7D",
      "hub.dispatch.window.P1=PT12H", "hub.dispatch.window.P2=PT48H", "hub.dispatch.window.P3=P7D",
      "hub.dispatch.recent-assignments-period=P28D", "hub.dispatch.fairness-recount-every=PT10M",
      "hub.dispatch.daytime.start=08:00", "hub.dispatch.daytime.end=20:00", "hub.dispatch.daytime.shortest-window=PT2H"};

  private final ApplicationContextRunner hub = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Settings.class);

  private ApplicationContextRunner hubWithout(String setting) {
    return hub.withPropertyValues(Arrays.stream(VALID).filter(v -> !v.startsWith(setting + "="))
        .toArray(String[]::new));
  }

  @Test
  void everySettingIsReadFromOnePlace() {
    hub.withPropertyValues(VALID).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(CouncilSettings.class).name()).isEqualTo("Wirral Council");
      assertThat(context.getBean(SignpostSettings.class).directoryUrl()).hasHost("example.gov.uk");
      assertThat(context.getBean(VolunteerPageSettings.class).baseUrl()).hasHost("hub.example.gov.uk");
      assertThat(context.getBean(DispatchSettings.class).offerTimeout()).containsEntry(Priority.P2,
          Duration.ofHours(2));
    });
  }

  @Test
  void daytimeHoursThatAreNotTimesOrEndBeforeTheyStartStopTheStart() {
    hub.withPropertyValues(VALID).withPropertyValues("hub.dispatch.daytime.start=8am")
        .run(context -> assertThat(context).hasFailed());
    hub.withPropertyValues(VALID).withPropertyValues("hub.dispatch.daytime.end=07:00")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void eachMissingSettingStopsTheStart() {
    for (String setting : new String[] {"hub.council.name", "hub.signpost.directory-url",
        "hub.volunteer-page.link-secret", "hub.volunteer-page.lawful-basis", "hub.dispatch.fairness-recount-every",
        "hub.dispatch.daytime.start"}) {
      hubWithout(setting).run(context -> assertThat(context).as(setting).hasFailed());
    }
  }

  @Test
  void aShortLinkSecretStopsTheStart() {
    hub.withPropertyValues(VALID).withPropertyValues("hub.volunteer-page.link-secret=too-short")
        .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("at least 32"));
  }

  @Test
  void aPriorityWithoutAnOfferTimeoutStopsTheStart() {
    hubWithout("hub.dispatch.offer-timeout.P3")
        .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("offer-timeout"));
  }

  @Test
  void givenSettingsAreRead() {
    hub.withPropertyValues(VALID).withPropertyValues("hub.volunteers.dbs-valid-for=P2Y").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(VolunteerSettings.class).dbsValidFor()).hasYears(2);
      assertThat(context.getBean(RetentionSettings.class).residentData()).hasDays(365);
    });
  }

  @Test
  void aMissingSettingStopsTheStart() {
    hubWithout("hub.volunteers.dbs-valid-for")
        .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("dbsValidFor"));
  }

  @Test
  void aMalformedSettingStopsTheStart() {
    hub.withPropertyValues(VALID).withPropertyValues("hub.volunteers.dbs-valid-for=three years")
        .run(context -> assertThat(context).hasFailed());
  }
}
