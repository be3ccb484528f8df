package org.communityhub.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** Which controller method, if any, would take a request; asked before Spring MVC has seen it. */
public final class ApiEndpoints {

  private ApiEndpoints() {}

  /**
   * True when no endpoint takes this request as sent: no endpoint at the address (Spring MVC
   * answers 404), or none for the method (405 with Allow), or OPTIONS (the Allow list). Security
   * may let such a request through to be answered, as nothing can be done with it.
   */
  public static boolean noEndpointTakes(RequestMappingHandlerMapping endpoints, HttpServletRequest request) {
    if (HttpMethod.OPTIONS.matches(request.getMethod())) {
      return true;
    }
    try {
      return lookUp(endpoints, request) == null;
    } catch (HttpRequestMethodNotSupportedException notThisMethod) {
      return true;
    } catch (Exception other) {
      return false; // an endpoint is there (e.g. a body it cannot read): refused like the endpoint itself
    }
  }

  /** The methods the endpoints at the request's address take, if there are any endpoints there. */
  public static Optional<Set<HttpMethod>> methodsAt(RequestMappingHandlerMapping endpoints,
      HttpServletRequest request) {
    try {
      return lookUp(endpoints, request) == null ? Optional.empty() : Optional.of(Set.of(HttpMethod.valueOf(
          request.getMethod())));
    } catch (HttpRequestMethodNotSupportedException notThisMethod) {
      return Optional.of(notThisMethod.getSupportedHttpMethods() == null ? Set.of()
          : notThisMethod.getSupportedHttpMethods());
    } catch (Exception other) {
      return Optional.empty();
    }
  }

  /** Parsed afresh for the request as given (it may stand for another one), then put back as it was. */
  private static HandlerExecutionChain lookUp(RequestMappingHandlerMapping endpoints, HttpServletRequest request)
      throws Exception {
    Object parsedBefore = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
    ServletRequestPathUtils.parseAndCache(request);
    try {
      return endpoints.getHandler(request);
    } finally {
      if (parsedBefore == null) {
        ServletRequestPathUtils.clearParsedRequestPath(request);
      } else {
        request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsedBefore);
      }
    }
  }
}
