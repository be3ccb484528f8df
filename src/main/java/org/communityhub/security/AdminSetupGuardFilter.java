package org.communityhub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda 7 CE's Admin webapp lets anyone create the first administrator while the
 * camunda-admin group is empty. The hub always creates its admin at start, and refuses the
 * setup endpoint outright so no gap between start and admin creation can be used.
 */
public class AdminSetupGuardFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/problem+json");
    response.getWriter().write("""
        {"type":"about:blank","title":"Forbidden","status":403,\
        "detail":"Initial administrator setup is disabled: the hub creates its administrator at start."}""");
  }
}
