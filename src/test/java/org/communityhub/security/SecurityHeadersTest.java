package org.communityhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every hub response carries Content-Security-Policy, Referrer-Policy and Permissions-Policy, from
 * whichever security chain answers (pages, APIs, sign-in, redirects, refusals, error pages); pages
 * reached without staff sign-in send no Referer; Camunda's webapps and /engine-rest keep their own.
 */
@HubIntegrationTest
class SecurityHeadersTest {

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @ParameterizedTest
  @ValueSource(strings = {"/volunteer/offers/not-a-real-offer", "/ask-for-help", "/ask-for-help/contact",
      "/offer-help", "/offer-help/about-you", "/privacy", "/no-such-page", "/", "/desk/desk.css"})
  void pagesReachedWithoutStaffSignInSendNoReferer(String path) throws Exception {
    HttpHeaders headers = get(path).headers();

    assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
    assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).as(path)
        .contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
    assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).as(path).contains("camera=()", "geolocation=()");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/staff", "/staff/requests", "/login", "/login?error", "/swagger-ui/index.html",
      "/swagger-ui.html"})
  void staffPagesAndTheApiDocumentationKeepTheRefererWithinTheHub(String path) throws Exception {
    HttpHeaders headers = get(path).headers();

    assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
    assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).as(path)
        .contains("script-src 'self';", "object-src 'none'");
    assertThat(headers.firstValue("Permissions-Policy")).as(path).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/referrals", "/api/staff/volunteers", "/v3/api-docs", "/actuator/health",
      "/actuator/prometheus", "/oauth2/jwks", "/.well-known/oauth-authorization-server"})
  void apisMayLoadNothingAndKeepTheRefererWithinTheHub(String path) throws Exception {
    HttpHeaders headers = get(path).headers();

    assertThat(headers.firstValue("Content-Security-Policy")).as(path)
        .hasValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
    assertThat(headers.firstValue("Permissions-Policy")).as(path).isPresent();
  }

  @Test
  void aFailedTokenRequestCarriesThemToo() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/camunda/app/welcome/default/", "/engine-rest/engine"})
  void camundasWebappsAndEngineRestKeepTheirOwn(String path) throws Exception {
    HttpHeaders headers = get(path).headers();

    assertThat(headers.firstValue("Permissions-Policy")).as(path).isEmpty();
    assertThat(headers.firstValue("Content-Security-Policy").orElse("")).as(path).doesNotContain("script-src 'self';");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
