package org.communityhub.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Content-Security-Policy, Referrer-Policy and Permissions-Policy on every hub response, whichever
 * security filter chain serves it, error pages included. Camunda's webapps and /engine-rest are left
 * alone: they send their own (and their pages need what the hub's policy forbids).
 *
 * <p>Pages anyone can reach without staff sign-in send no Referer at all: a volunteer page's address
 * is the key to a resident's details and must not reach another site (or the hub's own logs).
 */
public final class SecurityHeaders implements Filter {

  /** Pages: scripts, styles, fonts and images from the hub only; no inline script, no plugins, no framing. */
  private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "frame-ancestors 'none'; form-action 'self'";
  /** JSON for programs: nothing in it is ever to be run, shown in a frame or loaded from. */
  /**
   * Swagger UI (springdoc's, served by the hub) adds a style element of its own while it draws the
   * page; its scripts stay under the page policy's rule: the hub's files only.
   */
  private static final String SWAGGER_UI_STYLES = "style-src 'self'; ";
  private static final String SWAGGER_UI_STYLES_ALLOWED = "style-src 'self' 'unsafe-inline'; ";
  private static final List<String> SWAGGER_UI = List.of("/swagger-ui");
  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  private static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
      + "magnetometer=(), microphone=(), payment=(), usb=()";

  private static final List<String> CAMUNDA_OWN = List.of("/camunda", "/engine-rest");
  private static final List<String> APIS = List.of("/api", "/v3/api-docs", "/actuator", "/oauth2", "/.well-known");
  /** Signed-in staff, programs and their documentation; everything else is reached without staff sign-in. */
  private static final List<String> SAME_ORIGIN_REFERRER = List.of("/staff", "/login", "/logout", "/api",
      "/v3/api-docs", "/swagger-ui", "/swagger-ui.html", "/actuator", "/oauth2", "/.well-known");

  private final String pagePolicy;
  private final String swaggerUiPolicy;

  /**
   * @param signOutOrigin where signing out of the desk may send the browser after its form (the
   *     identity provider's end-session page), or null when staff sign in with passwords only
   */
  public SecurityHeaders(URI signOutOrigin) {
    this.pagePolicy = signOutOrigin == null ? PAGE_POLICY
        : PAGE_POLICY + " " + signOutOrigin.getScheme() + "://" + signOutOrigin.getAuthority();
    this.swaggerUiPolicy = PAGE_POLICY.replace(SWAGGER_UI_STYLES, SWAGGER_UI_STYLES_ALLOWED);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
      String path = path(http);
      if (!under(path, CAMUNDA_OWN)) {
        answer.setHeader("Content-Security-Policy",
            under(path, APIS) ? API_POLICY : under(path, SWAGGER_UI) ? swaggerUiPolicy : pagePolicy);
        answer.setHeader("Referrer-Policy", under(path, SAME_ORIGIN_REFERRER) ? "same-origin" : "no-referrer");
        answer.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
      }
    }
    chain.doFilter(request, response);
  }

  /** The path within the hub; for an error page, the path that failed, so that it keeps that path's policy. */
  static String path(HttpServletRequest request) {
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = failed instanceof String failedUri ? failedUri : request.getRequestURI();
    String context = request.getContextPath();
    return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
  }

  private static boolean under(String path, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ";")) {
        return true;
      }
    }
    return false;
  }
}
