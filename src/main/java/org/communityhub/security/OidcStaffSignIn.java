package org.communityhub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Sign-in with the council's identity provider (OpenID Connect, hub.staff-sign-in.oidc.*). The
 * provider's groups claim is mapped to the hub's staff groups, which become the same
 * {@code GROUP_<id>} authorities a password sign-in gives, so every desk rule and Camunda's
 * webapps ({@link HubSignInProvider}) treat both alike. Someone in no mapped group is refused.
 */
public final class OidcStaffSignIn {

  /** The provider's registration id; the sign-in link is {@link #SIGN_IN_PATH}. */
  public static final String REGISTRATION_ID = "council";
  /** Under /login, so the desk's security chain handles it and the partner API's /oauth2 endpoints stay apart. */
  static final String AUTHORIZATION_BASE = "/login/oauth2/authorization";
  public static final String SIGN_IN_PATH = AUTHORIZATION_BASE + "/" + REGISTRATION_ID;
  /** The error code of a sign-in refused because the user is in no staff group. */
  static final String NOT_STAFF = "not_in_a_staff_group";

  private static final Logger log = LoggerFactory.getLogger(OidcStaffSignIn.class);
  private final StaffSignInProperties.Oidc settings;
  private final ClientRegistrationRepository registrations;

  OidcStaffSignIn(StaffSignInProperties.Oidc settings) {
    this(settings, ClientRegistrations.fromIssuerLocation(settings.issuerUri()));
  }

  /** The provider's endpoints come from its discovery document, read once when the hub starts. */
  private OidcStaffSignIn(StaffSignInProperties.Oidc settings, ClientRegistration.Builder discovered) {
    this.settings = settings;
    Set<String> scopes = new LinkedHashSet<>(List.of("openid"));
    scopes.addAll(settings.scopes());
    this.registrations = new InMemoryClientRegistrationRepository(discovered.registrationId(REGISTRATION_ID)
        .clientId(settings.clientId()).clientSecret(settings.clientSecret()).clientName(settings.providerName())
        .scope(scopes).userNameAttributeName(settings.userNameClaim())
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").build());
  }

  ClientRegistrationRepository registrations() {
    return registrations;
  }

  /** Loads the user as Spring Security does, then replaces its authorities with the mapped staff groups. */
  OidcUserService userService() {
    return new OidcUserService() {
      @Override
      public OidcUser loadUser(OidcUserRequest request) {
        return staffMember(super.loadUser(request));
      }
    };
  }

  OidcUser staffMember(OidcUser user) {
    if (!(user.getClaims().get(settings.userNameClaim()) instanceof String name) || name.isBlank()) {
      throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_name",
          "The identity provider sent no " + settings.userNameClaim() + " claim", null));
    }
    Set<String> hubGroups = settings.hubGroupsOf(providerGroups(user.getClaims().get(settings.groupsClaim())));
    if (hubGroups.isEmpty()) {
      // No names here: who was refused is in the identity provider's own log.
      log.info("Refused a sign-in through the identity provider: the user is in no mapped staff group");
      throw new OAuth2AuthenticationException(new OAuth2Error(NOT_STAFF, "Not in a staff group", null));
    }
    List<SimpleGrantedAuthority> authorities = hubGroups.stream().map(id -> new SimpleGrantedAuthority("GROUP_" + id))
        .toList();
    return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), settings.userNameClaim());
  }

  /** Someone in no staff group gets a plain page saying so; any other failure shows the sign-in page again. */
  static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    boolean notStaff = failure instanceof OAuth2AuthenticationException oauth
        && NOT_STAFF.equals(oauth.getError().getErrorCode());
    response.sendRedirect(request.getContextPath() + (notStaff ? "/login/refused" : "/login?providerFailed"));
  }

  /** After signing out of the hub, the provider's end-session endpoint if it has one, else the sign-in page. */
  LogoutSuccessHandler signOutHandler() {
    OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    handler.setPostLogoutRedirectUri("{baseUrl}/login?signedOut");
    handler.setDefaultTargetUrl("/login?signedOut");
    return handler;
  }

  /** A list of groups, or one group as a plain string (some providers send that for a single group). */
  private static Collection<String> providerGroups(Object claim) {
    if (claim instanceof Collection<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return claim instanceof String single ? List.of(single) : List.of();
  }
}
