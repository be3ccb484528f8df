package org.communityhub.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** hub.webhooks.* is checked when the hub starts: a missing or unsafe value stops it there. */
class WebhookSettingsTest {

  @Configuration
  @EnableConfigurationProperties(WebhookSettings.class)
  static class Settings {}

  private static final String[] VALID = {"hub.webhooks.poll-every=PT10S", "hub.webhooks.connect-timeout=PT3S",
      "hub.webhooks.read-timeout=PT10S", "hub.webhooks.retry-after=PT1M,PT5M,PT30M",
      "hub.webhooks.attempts-before-failing=5", "hub.webhooks.claim-for=PT2M", "hub.webhooks.batch-size=50", "hub.webhooks.keep-delivered-for=P30D",
      "hub.webhooks.plain-http-to-localhost=false"};

  private final ApplicationContextRunner hub = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Settings.class).withPropertyValues(VALID);

  @Test
  void theWaitAfterEachFailureFollowsTheListAndItsLastRepeats() {
    hub.run(context -> {
      WebhookSettings settings = context.getBean(WebhookSettings.class);
      assertThat(settings.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
      assertThat(settings.waitAfter(3)).isEqualTo(Duration.ofMinutes(30));
      assertThat(settings.waitAfter(9)).isEqualTo(Duration.ofMinutes(30));
    });
  }

  @Test
  void noRetryWaitsStopTheStart() {
    hub.withPropertyValues("hub.webhooks.retry-after=").run(context -> assertThat(context).hasFailed());
  }

  @Test
  void aClaimShorterThanASendCanTakeStopsTheStart() {
    hub.withPropertyValues("hub.webhooks.claim-for=PT15S").run(context -> assertThat(context).hasFailed()
        .getFailure().hasStackTraceContaining("claim-for must be at least twice"));
  }
}
