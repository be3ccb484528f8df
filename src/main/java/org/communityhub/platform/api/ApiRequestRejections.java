package org.communityhub.platform.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Requests Spring Security's firewall refuses before any chain runs (TRACE and other methods it
 * does not know, encoded slashes, and the like). On the APIs they are answered as problem
 * details: an unknown method is a 405 with the Allow header, as Spring MVC answers a known one it
 * does not take; anywhere else the firewall's plain 400 stands.
 */
@Configuration
class ApiRequestRejections {

  private static final Set<String> FIREWALL_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST",
      "PUT");

  @Bean
  RequestRejectedHandler requestRejectedHandler(
      @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> endpoints) {
    RequestRejectedHandler elsewhere = new HttpStatusRequestRejectedHandler();
    return (rejectedRequest, response, rejected) -> {
      HttpServletRequest request = asFirstSent(rejectedRequest);
      if (!ApiProblemResponses.isApi(request)) {
        elsewhere.handle(request, response, rejected);
      } else if (!FIREWALL_METHODS.contains(request.getMethod())) {
        methodNotAllowed(endpoints.getObject(), request, response);
      } else {
        ApiProblemResponses.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "invalid-request",
            "Invalid request", "The address has characters the hub does not accept (such as an encoded slash or"
                + " a semicolon). Send the address as the API document gives it.");
      }
    };
  }

  /**
   * Tomcat answers TRACE itself with an error page (405), and the firewall refuses that error
   * page's TRACE in turn: the request is then seen as it was first sent, so that it is still
   * answered as the API it was sent to.
   */
  private static HttpServletRequest asFirstSent(HttpServletRequest request) {
    if (request.getDispatcherType() != DispatcherType.ERROR
        || !(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri)) {
      return request;
    }
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getRequestURI() {
        return uri;
      }

      @Override
      public String getServletPath() {
        return uri.substring(getContextPath().length());
      }

      @Override
      public String getPathInfo() {
        return null;
      }
    };
  }

  private static void methodNotAllowed(RequestMappingHandlerMapping endpoints, HttpServletRequest request,
      HttpServletResponse response) throws java.io.IOException {
    Set<String> allowed = ApiEndpoints.methodsAt(endpoints, request).orElse(Set.of()).stream()
        .map(HttpMethod::name).collect(Collectors.toCollection(TreeSet::new));
    if (allowed.isEmpty()) {
      ApiProblemResponses.write(request, response, HttpServletResponse.SC_NOT_FOUND, "not-found", "Not found",
          "There is nothing at this address. Check it against the API document.");
      return;
    }
    response.setHeader(HttpHeaders.ALLOW, String.join(", ", allowed));
    ApiProblemResponses.write(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method-not-allowed",
        "Method not allowed", "This address does not take " + request.getMethod() + ". Use "
            + String.join(" or ", allowed) + ".");
  }
}
