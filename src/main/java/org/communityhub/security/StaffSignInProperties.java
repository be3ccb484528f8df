package org.communityhub.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How staff sign in (hub.staff-sign-in.*): with a Camunda user name and password, with the
 * council's identity provider (OpenID Connect), or both. Checked when the hub starts, so a wrong
 * setting stops it with a message naming the setting rather than locking staff out later.
 *
 * @param passwordEnabled whether /login offers the user name and password form
 * @param oidc the council's identity provider; off unless its issuer URI is set
 */
@ConfigurationProperties("hub.staff-sign-in")
public record StaffSignInProperties(@DefaultValue("true") boolean passwordEnabled, Oidc oidc) {

  public StaffSignInProperties {
    if (!passwordEnabled && (oidc == null || !oidc.enabled())) {
      throw new IllegalArgumentException("hub.staff-sign-in.password-enabled=false needs "
          + "hub.staff-sign-in.oidc.issuer-uri: otherwise no one could sign in to the staff desk");
    }
  }

  public boolean oidcEnabled() {
    return oidc != null && oidc.enabled();
  }

  /**
   * The council's identity provider.
   *
   * @param providerName shown on the sign-in button: "Sign in with {providerName}"
   * @param issuerUri the provider's issuer; its /.well-known/openid-configuration is read at start
   * @param clientId the hub's client id at the provider
   * @param clientSecret the hub's client secret at the provider
   * @param groupsClaim the ID token (or user info) claim listing the user's groups
   * @param userNameClaim the claim that becomes the staff member's user name (Tasklist's assignee)
   * @param scopes the scopes asked for; "openid" is always among them
   * @param groups for each hub group (call-handlers, …, camunda-admin), the provider's group names
   *     or ids whose members are in it
   */
  public record Oidc(String providerName, String issuerUri, String clientId, String clientSecret,
      @DefaultValue("groups") String groupsClaim, @DefaultValue("preferred_username") String userNameClaim,
      @DefaultValue({"openid", "profile"}) List<String> scopes, Map<String, List<String>> groups) {

    public Oidc {
      groups = groups == null ? Map.of() : groups;
      if (issuerUri != null && !issuerUri.isBlank()) {
        List<String> missing = new ArrayList<>();
        if (blank(providerName)) {
          missing.add("provider-name");
        }
        if (blank(clientId)) {
          missing.add("client-id");
        }
        if (blank(clientSecret)) {
          missing.add("client-secret");
        }
        if (groups.values().stream().allMatch(mapped -> mapped == null || mapped.isEmpty())) {
          missing.add("groups (which of the provider's groups are which hub group)");
        }
        if (!missing.isEmpty()) {
          throw new IllegalArgumentException("hub.staff-sign-in.oidc.issuer-uri is set, so set hub.staff-sign-in.oidc."
              + String.join(", hub.staff-sign-in.oidc.", missing) + " too");
        }
        for (String hubGroup : groups.keySet()) {
          if (hubGroupNamed(hubGroup) == null) {
            throw new IllegalArgumentException("hub.staff-sign-in.oidc.groups." + hubGroup
                + " is not a hub group; use one of " + String.join(", ", hubGroupIds()));
          }
        }
      }
    }

    boolean enabled() {
      return !blank(issuerUri);
    }

    /** The hub groups of someone in these provider groups. */
    public Set<String> hubGroupsOf(Collection<String> providerGroups) {
      Set<String> hubGroups = new TreeSet<>();
      groups.forEach((hubGroup, mapped) -> {
        if (mapped != null && mapped.stream().anyMatch(providerGroups::contains)) {
          hubGroups.add(hubGroupNamed(hubGroup));
        }
      });
      return hubGroups;
    }

    /** Spring binds "call-handlers" from a properties file but "callhandlers" from an environment variable. */
    private static String hubGroupNamed(String key) {
      Map<String, String> byKey = new LinkedHashMap<>();
      hubGroupIds().forEach(id -> byKey.put(normalised(id), id));
      return byKey.get(normalised(key));
    }

    private static List<String> hubGroupIds() {
      return Stream.concat(Stream.of(StaffGroups.values()).map(StaffGroups::id), Stream.of(StaffGroups.ADMINS)).toList();
    }

    private static String normalised(String key) {
      return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static boolean blank(String text) {
      return text == null || text.isBlank();
    }
  }
}
