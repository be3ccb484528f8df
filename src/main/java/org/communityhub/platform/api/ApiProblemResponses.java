package org.communityhub.platform.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Problem details (RFC 9457) written straight to the response, for answers given before any
 * controller runs: Spring Security's 401 and 403 on the API chains, and requests the firewall
 * refuses. The body has the same fields as the controllers' problems, so a client reads one shape.
 */
public final class ApiProblemResponses {

  /** Where the problem types are explained; the last part of each type names the problem. */
  public static final String TYPES = "https://communityhub.org/problems/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiProblemResponses() {}

  /** The hub's machine APIs: the partner API and the staff API. Pages answer errors as pages. */
  public static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/v1/") || path.equals("/api/v1") || path.startsWith("/api/staff/")
        || path.equals("/api/staff");
  }

  public static void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
      String title, String detail) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", TYPES + type);
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    response.flushBuffer();
  }

  /**
   * 401 as problem details. {@code challenge} sets the status and the WWW-Authenticate header
   * (the bearer-token entry point does, without writing a body); the problem is written after it.
   */
  public static AuthenticationEntryPoint unauthorized(AuthenticationEntryPoint challenge, String detail) {
    return (request, response, e) -> {
      challenge.commence(request, response, e);
      write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Sign-in needed", detail);
    };
  }

  /** 401 for HTTP Basic, with its challenge (Spring's own entry point would send an error page instead). */
  public static AuthenticationEntryPoint basicUnauthorized(String realm, String detail) {
    return (request, response, e) -> {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"");
      write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Sign-in needed", detail);
    };
  }

  /** 403 as problem details, after {@code headers} (e.g. the bearer token's insufficient_scope challenge). */
  public static AccessDeniedHandler forbidden(AccessDeniedHandler headers, String detail) {
    return (request, response, e) -> {
      headers.handle(request, response, e);
      write(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Forbidden", detail);
    };
  }

  public static AccessDeniedHandler forbidden(String detail) {
    return (request, response, e) -> write(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
        "Forbidden", detail);
  }
}
