package org.communityhub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's own sign-in and sign-out (Tasklist's login form and its "Log out"), made to act on the
 * hub's session too. Camunda's endpoint does the work (and its CSRF check) first; only when it
 * succeeded does this filter sign the same user in to the hub, or end the whole session.
 */
public class WebappsSignInBridgeFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(WebappsSignInBridgeFilter.class);
  private final IdentityService identityService;
  private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  public WebappsSignInBridgeFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, response);
    if (response.getStatus() >= 300) {
      return;
    }
    String path = request.getRequestURI();
    HttpSession session = request.getSession(false);
    if (path.endsWith("/logout")) {
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
    } else if (path.contains("/login/") && session != null) {
      String engine = path.substring(path.indexOf("/user/") + "/user/".length(), path.indexOf("/login/"));
      Authentication camunda = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine);
      if (camunda != null) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(CamundaIdentityAuthentication.signedIn(identityService, camunda.getIdentityId()));
        sessions.saveContext(context, request, response);
        log.debug("Signed in to the hub through the Camunda webapps' login");
      }
    }
  }
}
