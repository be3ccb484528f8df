package org.communityhub.partnerapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.communityhub.platform.api.ApiProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database outage met before a controller runs (checking that a partner's token is still issued
 * and not revoked reads the database) is answered as the controllers answer it ({@link ApiProblems}):
 * 503 with Retry-After, as problem details, instead of a 500 from the servlet container.
 */
final class DatabaseOutageAnswer extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException e) {
      if (!ApiProblems.causedByLostConnection(e) || response.isCommitted()) {
        throw e;
      }
      response.setHeader(HttpHeaders.RETRY_AFTER, ApiProblems.RETRY_AFTER_SECONDS);
      ApiProblemResponses.write(request, response, 503, "unavailable", "Service unavailable",
          ApiProblems.DATABASE_UNAVAILABLE);
    }
  }
}
