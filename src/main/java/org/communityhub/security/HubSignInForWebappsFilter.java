package org.communityhub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Camunda's filter for an authentication made outside its webapps ({@link HubSignInProvider}):
 * a user signed in to the hub is signed in to Tasklist, Cockpit and Admin too. Unlike Camunda's
 * filter, someone not signed in to the hub is not refused with a bare 401 but passed on to the
 * webapps, whose own sign-in page then works as before (and signs them in to the hub as well:
 * {@link WebappsSignInBridgeFilter}).
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
}
