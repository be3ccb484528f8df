package org.communityhub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

/** The sign-in settings as Spring binds them at start: a wrong one stops the hub with its name. */
class StaffSignInPropertiesTest {

  @Test
  void withoutAnIssuerOnlyPasswordsAreOffered() {
    StaffSignInProperties settings = bind(Map.of());
    assertThat(settings.passwordEnabled()).isTrue();
    assertThat(settings.oidcEnabled()).isFalse();
  }

  @Test
  void providerGroupsMapToHubGroupsFromAPropertiesFileOrTheEnvironment() {
    StaffSignInProperties fromFile = bind(Map.of("hub.staff-sign-in.oidc.issuer-uri", "https://login.example",
        "hub.staff-sign-in.oidc.provider-name", "Council account", "hub.staff-sign-in.oidc.client-id", "hub",
        "hub.staff-sign-in.oidc.client-secret", "s", "hub.staff-sign-in.oidc.groups.call-handlers", "CH, Helpline",
        "hub.staff-sign-in.oidc.groups.camunda-admin", "IT Admins"));
    assertThat(fromFile.oidcEnabled()).isTrue();
    assertThat(fromFile.oidc().hubGroupsOf(List.of("Helpline", "Canteen"))).containsExactly("call-handlers");
    assertThat(fromFile.oidc().hubGroupsOf(List.of("IT Admins", "CH"))).containsExactly("call-handlers", "camunda-admin");
    assertThat(fromFile.oidc().hubGroupsOf(List.of("Canteen"))).isEmpty();

    Map<String, Object> environment = Map.of("HUB_STAFFSIGNIN_OIDC_ISSUERURI", "https://login.example",
        "HUB_STAFFSIGNIN_OIDC_PROVIDERNAME", "Council account", "HUB_STAFFSIGNIN_OIDC_CLIENTID", "hub",
        "HUB_STAFFSIGNIN_OIDC_CLIENTSECRET", "s", "HUB_STAFFSIGNIN_OIDC_GROUPS_DATAPROTECTIONOFFICERS", "IG");
    StaffSignInProperties fromEnvironment = new Binder(ConfigurationPropertySources.from(
        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment))).bindOrCreate("hub.staff-sign-in",
        StaffSignInProperties.class);
    assertThat(fromEnvironment.oidc().hubGroupsOf(List.of("IG"))).containsExactly("data-protection-officers");
  }

  @Test
  void aSettingMissingOrWrongStopsTheStartNamingIt() {
    assertThatThrownBy(() -> bind(Map.of("hub.staff-sign-in.oidc.issuer-uri", "https://login.example")))
        .isInstanceOf(BindException.class).rootCause()
        .hasMessageContaining("hub.staff-sign-in.oidc.provider-name").hasMessageContaining("client-id")
        .hasMessageContaining("client-secret").hasMessageContaining("groups");
    assertThatThrownBy(() -> bind(Map.of("hub.staff-sign-in.oidc.issuer-uri", "https://login.example",
        "hub.staff-sign-in.oidc.provider-name", "Council", "hub.staff-sign-in.oidc.client-id", "hub",
        "hub.staff-sign-in.oidc.client-secret", "s", "hub.staff-sign-in.oidc.groups.call-handler", "CH")))
        .rootCause().hasMessageContaining("groups.call-handler is not a hub group; use one of call-handlers");
    assertThatThrownBy(() -> bind(Map.of("hub.staff-sign-in.password-enabled", "false")))
        .rootCause().hasMessageContaining("password-enabled=false needs hub.staff-sign-in.oidc.issuer-uri");
  }

  private static StaffSignInProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("hub.staff-sign-in", StaffSignInProperties.class);
  }
}
