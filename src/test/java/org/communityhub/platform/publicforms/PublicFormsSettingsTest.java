package org.communityhub.platform.publicforms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** hub.public-forms.* is checked at start, and a prefix covers itself and what is below it, nothing else. */
class PublicFormsSettingsTest {

  @Configuration
  @EnableConfigurationProperties(PublicFormsSettings.class)
  static class Settings {}

  private final ApplicationContextRunner hub = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Settings.class);

  @Test
  void validSettingsAreRead() {
    hub.withPropertyValues("hub.public-forms.protected-paths=/ask-for-help, /volunteer/sign-in",
        "hub.public-forms.posts-per-minute=5", "hub.public-forms.posts-per-hour=50",
        "hub.public-forms.largest-body=32KB").run(context -> {
          PublicFormsSettings settings = context.getBean(PublicFormsSettings.class);
          assertThat(settings.largestBody()).isEqualTo(DataSize.ofKilobytes(32));
          assertThat(settings.prefixOf("/ask-for-help")).isEqualTo("/ask-for-help");
          assertThat(settings.prefixOf("/ask-for-help/check")).isEqualTo("/ask-for-help");
          assertThat(settings.prefixOf("/volunteer/sign-in/link")).isEqualTo("/volunteer/sign-in");
          assertThat(settings.prefixOf("/ask-for-helpful")).isNull();
          assertThat(settings.prefixOf("/staff/requests/new")).isNull();
        });
  }

  @Test
  void aPathThatIsNotAPathOrALimitOfNoneStopsTheStart() {
    hub.withPropertyValues("hub.public-forms.protected-paths=ask-for-help", "hub.public-forms.posts-per-minute=5",
        "hub.public-forms.posts-per-hour=50", "hub.public-forms.largest-body=32KB").run(context ->
            assertThat(context).getFailure().rootCause().hasMessageContaining("must be a path such as /ask-for-help"));
    hub.withPropertyValues("hub.public-forms.protected-paths=/ask-for-help", "hub.public-forms.posts-per-minute=0",
        "hub.public-forms.posts-per-hour=50", "hub.public-forms.largest-body=32KB").run(context ->
            assertThat(context).getFailure().rootCause().hasMessageContaining("postsPerMinute"));
    hub.withPropertyValues("hub.public-forms.posts-per-minute=5", "hub.public-forms.posts-per-hour=50",
        "hub.public-forms.largest-body=32KB").run(context -> assertThat(context).hasFailed());
  }
}
