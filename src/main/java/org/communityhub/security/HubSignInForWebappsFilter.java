package org.communityhub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Camunda's filter for an authentication made outside its webapps ({@link HubSignInProvider}):
 * a user signed in to the hub is signed in to Tasklist, Cockpit and Admin too. Unlike Camunda's
 * filter, someone not signed in to the hub is not refused with a bare 401 but passed on to the
 * webapps, whose own sign-in page then works as before (and signs them in to the hub as well:
 * {@link WebappsSignInBridgeFilter}). Someone signed in through the council's identity provider
 * has no Camunda user; Camunda's own filter would then refuse them, so this one makes their
 * webapp session from the hub's user id and groups alone.
 */
public class HubSignInForWebappsFilter extends ContainerBasedAuthenticationFilter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (HubSignInProvider.signedInToHub()) {
      super.doFilter(request, response, chain);
    } else {
      chain.doFilter(request, response);
    }
  }

  @Override
  protected UserAuthentication createAuthentication(ProcessEngine engine, String user, List<String> groups,
      List<String> tenants) {
    UserAuthentication camundaUser = super.createAuthentication(engine, user, groups, tenants);
    return camundaUser != null ? camundaUser : identityProviderUser(engine, user, groups, tenants);
  }

  /** As Camunda's AuthenticationUtil does for its own users: the apps their groups are authorized for. */
  private static UserAuthentication identityProviderUser(ProcessEngine engine, String user, List<String> groups,
      List<String> tenants) {
    Set<String> apps = new HashSet<>(Set.of(AuthenticationUtil.APP_WELCOME));
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (String app : AuthenticationUtil.APPS) {
      if (!engine.getProcessEngineConfiguration().isAuthorizationEnabled()
          || authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, app)) {
        apps.add(app);
      }
    }
    UserAuthentication authentication = new UserAuthentication(user, engine.getName());
    authentication.setGroupIds(groups);
    authentication.setTenantIds(tenants == null ? List.of() : tenants);
    authentication.setAuthorizedApps(apps);
    // Camunda re-reads its users every few minutes and drops those it does not have; this one's source is
    // the hub session, which signing out of the hub ends together with this authentication.
    authentication.setCacheValidationTime(new Date(Long.MAX_VALUE));
    return authentication;
  }
}
