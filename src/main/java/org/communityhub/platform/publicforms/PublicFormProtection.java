package org.communityhub.platform.publicforms;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Guards every form the public can post without signing in (hub.public-forms.protected-paths):
 * a post larger than the largest body, over the address's rate limit, or with the honeypot field
 * filled is answered with a GOV.UK page (413, 429 with Retry-After, 400) before any controller,
 * session or database sees it, so nothing is stored. It runs before Spring Security, so a flood
 * costs no session. The client address is the servlet's remote address: behind the council's proxy
 * Tomcat sets it from X-Forwarded-For (server.forward-headers-strategy, README "Public forms").
 */
public class PublicFormProtection extends OncePerRequestFilter {

  /** The honeypot's name: people never see it (fragments/public-forms.html :: honeypot); form-filling robots do. */
  public static final String HONEYPOT_FIELD = "website";
  private static final Logger log = LoggerFactory.getLogger(PublicFormProtection.class);
  private static final UrlPathHelper PATHS = new UrlPathHelper();

  private final PublicFormsSettings settings;
  private final PostRateLimits limits;
  private final RefusalPage page;

  PublicFormProtection(PublicFormsSettings settings, RefusalPage page) {
    this.settings = settings;
    this.limits = new PostRateLimits(settings.postsPerMinute(), settings.postsPerHour());
    this.page = page;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod())
        || settings.prefixOf(PATHS.getPathWithinApplication(request)) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String form = settings.prefixOf(PATHS.getPathWithinApplication(request));
    long length = request.getContentLengthLong();
    // A body of unknown length (chunked) could be of any size: browsers always say how long a form is.
    if (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || length > settings.largestBody().toBytes()) {
      log.info("Refused a post to {}: {} bytes is more than the largest form", form, length);
      refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, RefusalPage.Reason.TOO_LARGE, Map.of());
      return;
    }
    OptionalLong retryAfter = limits.take(request.getRemoteAddr(), form);
    if (retryAfter.isPresent()) {
      // The address is personal data of a sort: not logged at INFO.
      log.info("Refused a post to {}: over the rate limit", form);
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.getAsLong()));
      refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, RefusalPage.Reason.TOO_MANY,
          Map.of("minutes", Math.max(1, (retryAfter.getAsLong() + 59) / 60)));
      return;
    }
    String honeypot = request.getParameter(HONEYPOT_FIELD);
    if (honeypot != null && !honeypot.isEmpty()) {
      log.info("Refused a post to {}: the honeypot field was filled in", form);
      refuse(request, response, HttpStatus.BAD_REQUEST, RefusalPage.Reason.HONEYPOT, Map.of());
      return;
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
      RefusalPage.Reason reason, Map<String, Object> facts) throws IOException {
    page.show(request, response, status, reason, facts);
  }
}
