package org.communityhub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's webapps who is signed in to the hub: the user of the Spring Security session
 * (whether they signed in at /login, on Tasklist's own page, or through the council's identity
 * provider) and their groups, from the session's {@code GROUP_<id>} authorities. Camunda then needs
 * no user or group of its own for them: someone signed in through the identity provider gets
 * Tasklist, Cockpit and Admin as their groups allow, like Camunda's container-based authentication.
 */
public class HubSignInProvider implements AuthenticationProvider {

  private static final String GROUP_PREFIX = "GROUP_";

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
      return AuthenticationResult.unsuccessful();
    }
    AuthenticationResult result = AuthenticationResult.successful(signedIn.getName());
    result.setGroups(signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(GROUP_PREFIX)).map(authority -> authority.substring(GROUP_PREFIX.length()))
        .toList());
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // No challenge: someone not signed in to the hub meets Camunda's own sign-in page.
  }

  static boolean signedInToHub() {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    return signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken);
  }
}
