package org.communityhub.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Partner tokens as a partner (or an attacker) meets them: revocation and introspection, the fixed
 * issuer, expired tokens deleted, and throttled wrong client secrets. Real tokens from /oauth2/token.
 */
@HubIntegrationTest
class PartnerTokensTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RegisteredClientRepository clients;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired OAuth2AuthorizationService authorizations;
  @Autowired JWKSource<SecurityContext> signingKey;
  @Autowired PartnerApiSettings settings;
  @Autowired IssuedPartnerTokens issuedTokens;
  @Autowired PartnerAdministration administration;
  @LocalServerPort int port;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aRevokedTokenIsRefusedAtOnceAndIntrospectionSaysItIsInactive() throws Exception {
    String token = token("housing-demo", "housing-demo-secret");
    assertThat(referrals(token).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(introspect("housing-demo", "housing-demo-secret", token).path("active").asBoolean()).isTrue();

    ResponseEntity<String> revoked = clientPost("/oauth2/revoke", "housing-demo", "housing-demo-secret", "token", token);

    assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(referrals(token).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(introspect("housing-demo", "housing-demo-secret", token).path("active").asBoolean()).isFalse();
    assertThat(referrals(token("housing-demo", "housing-demo-secret")).getStatusCode())
        .as("a new token still works").isEqualTo(HttpStatus.OK);
  }

  @Test
  void aNewClientSecretEndsEveryTokenGotWithTheOldOne() {
    String code = "rotated-" + ThreadLocalRandom.current().nextInt(1_000_000);
    var created = administration.create(new PartnerAdministration.NewPartner(code, "Rotated Partner " + code,
        "VOLUNTARY_SECTOR", code + "@partner.example", code + "-escalation@partner.example",
        new PartnerAdministration.Agreement(java.util.List.of("firstName"), "UK GDPR Art 6(1)(e) public task",
            java.util.Map.of("P1", "PT4H", "P2", "PT24H", "P3", "PT72H"))), "admin");
    String before = token(code, created.client().clientSecret());
    assertThat(referrals(before).getStatusCode()).isEqualTo(HttpStatus.OK);

    var rotated = administration.rotateSecret(code, "admin");

    assertThat(referrals(before).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(referrals(token(code, rotated.clientSecret())).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anotherPartnerCannotRevokeATokenThatIsNotTheirs() {
    String housing = token("housing-demo", "housing-demo-secret");

    ResponseEntity<String> refused = clientPost("/oauth2/revoke", "foodbank-demo", "foodbank-demo-secret", "token", housing);

    assertThat(refused.getStatusCode().is4xxClientError()).isTrue();
    assertThat(referrals(housing).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theIssuerIsTheConfiguredAddressWhateverHostTheRequestNames() throws Exception {
    String body = rawTokenRequest("evil.example", "housing-demo", "housing-demo-secret");
    String token = json.readTree(body).path("access_token").asText();

    JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));

    assertThat(claims.path("iss").asText()).isEqualTo(settings.issuer().toString().replaceAll("/$", ""))
        .doesNotContain("evil.example");
    assertThat(referrals(token).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aTokenSignedWithTheHubsKeyButAnotherIssuerIsRefused() {
    RegisteredClient housing = clients.findByClientId("housing-demo");
    Instant now = Instant.now();
    JwtClaimsSet claims = JwtClaimsSet.builder().issuer("http://evil.example").subject("housing-demo")
        .audience(java.util.List.of("housing-demo")).issuedAt(now).notBefore(now).expiresAt(now.plus(10, ChronoUnit.MINUTES))
        .id(UUID.randomUUID().toString()).claim("scope", java.util.List.of("referrals:read")).build();
    String forged = new NimbusJwtEncoder(signingKey).encode(JwtEncoderParameters.from(
        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    // Held as issued, so only the issuer can be what refuses it.
    authorizations.save(OAuth2Authorization.withRegisteredClient(housing).principalName("housing-demo")
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, forged, now,
            now.plus(10, ChronoUnit.MINUTES), java.util.Set.of("referrals:read")))
        .build());

    assertThat(referrals(forged).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void expiredTokensAreDeletedAndStayRefused() {
    String token = token("housing-demo", "housing-demo-secret");
    jdbc.update("update oauth2_authorization set access_token_expires_at = access_token_issued_at - interval '1' hour"
        + " where access_token_value = ?", token);

    assertThat(issuedTokens.deleteExpired()).isPositive();

    assertThat(jdbc.queryForObject("select count(*) from oauth2_authorization where access_token_value = ?",
        Integer.class, token)).isZero();
    assertThat(referrals(token).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void wrongClientSecretsAreThrottledPerClientWith429AndRetryAfter() {
    String clientId = "guessed-" + ThreadLocalRandom.current().nextInt(1_000_000);
    clients.save(PartnerClients.partnerClient(clientId, passwordEncoder.encode("right-secret"), "referrals:read"));
    int allowed = settings.failedSignIns().perClient();
    for (int i = 0; i < allowed; i++) {
      assertThat(tokenRequestOnce(clientId, "wrong-" + i).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> throttled = tokenRequestOnce(clientId, "wrong-again");

    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(throttled.headers().firstValue(HttpHeaders.RETRY_AFTER).orElseThrow()))
        .isBetween(1L, settings.failedSignIns().lockPeriod().toSeconds());
    assertThat(throttled.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue("application/problem+json;charset=UTF-8");
    assertThat(throttled.body()).contains("too many wrong client secrets");
    assertThat(tokenRequestOnce(clientId, "right-secret").statusCode()).as("locked until the period ends").isEqualTo(429);
    assertThat(tokenRequestOnce("housing-demo", "housing-demo-secret").statusCode()).as("other partners still sign in")
        .isEqualTo(200);
  }

  /**
   * One request, never repeated: TestRestTemplate's Apache client waits out a 429's Retry-After and
   * asks again (which showed that the lock ends after its period, but this test is about the lock).
   */
  private HttpResponse<String> tokenRequestOnce(String clientId, String secret) {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
          .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=referrals:read")).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private ResponseEntity<String> referrals(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return rest.exchange("/api/v1/referrals", HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private JsonNode introspect(String clientId, String secret, String token) throws Exception {
    ResponseEntity<String> response = clientPost("/oauth2/introspect", clientId, secret, "token", token);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private String token(String clientId, String secret) {
    ResponseEntity<String> response = tokenResponse(clientId, secret);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    try {
      return json.readTree(response.getBody()).path("access_token").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private ResponseEntity<String> tokenResponse(String clientId, String secret) {
    return clientPost("/oauth2/token", clientId, secret, "grant_type", "client_credentials", "scope", "referrals:read");
  }

  private ResponseEntity<String> clientPost(String path, String clientId, String secret, String... nameValues) {
    var form = new LinkedMultiValueMap<String, String>();
    for (int i = 0; i < nameValues.length; i += 2) {
      form.add(nameValues[i], nameValues[i + 1]);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.setBasicAuth(clientId, secret);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  /** HTTP clients will not send a Host header other than the server's; a socket will, as an attacker's would. */
  private String rawTokenRequest(String host, String clientId, String secret) throws Exception {
    String form = "grant_type=client_credentials&scope=referrals:read";
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /oauth2/token HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Basic " + basic
          + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
          + "\r\nConnection: close\r\n\r\n" + form).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      in.transferTo(response);
      String text = response.toString(StandardCharsets.UTF_8);
      assertThat(text).startsWith("HTTP/1.1 200");
      String body = text.substring(text.indexOf("\r\n\r\n") + 4);
      // Tomcat may answer in chunks: the JSON object is the part between the braces.
      return body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1);
    }
  }
}
