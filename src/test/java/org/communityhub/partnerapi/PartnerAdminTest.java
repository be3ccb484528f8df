package org.communityhub.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.communityhub.support.ApiContract;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** Administrators add partners, change their agreements and rotate their secrets. */
@HubIntegrationTest
class PartnerAdminTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void adminAddsAPartnerWhoCanSignInAtOnceAndRotatesItsSecret() throws Exception {
    String code = "age-friendly-" + ThreadLocalRandom.current().nextInt(1_000_000);
    ResponseEntity<String> created = asAdmin(HttpMethod.POST, "/api/staff/partners", newPartner(code));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(created.getBody());
    String secret = body.path("client").path("clientSecret").asText();
    assertThat(body.path("partner").path("agreement").path("allowedFields")).extracting(JsonNode::asText)
        .containsExactly("firstName", "needs", "phone");
    assertThat(jdbc.queryForObject("select client_secret from oauth2_registered_client where client_id = ?",
        String.class, code)).startsWith("{bcrypt}").doesNotContain(secret);
    assertThat(tokenStatus(code, secret)).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> rotated = asAdmin(HttpMethod.POST, "/api/staff/partners/" + code + "/client-secret", null);
    String newSecret = json.readTree(rotated.getBody()).path("clientSecret").asText();
    assertThat(tokenStatus(code, secret)).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(tokenStatus(code, newSecret)).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> changed = asAdmin(HttpMethod.PUT, "/api/staff/partners/" + code + "/agreement", """
        {"allowedFields":["firstName","lastName"],"lawfulBasis":"Consent","acknowledgementSla":{"P1":"PT2H","P2":"PT12H","P3":"P2D"}}""");
    assertThat(json.readTree(changed.getBody()).path("agreement").path("allowedFields")).extracting(JsonNode::asText)
        .containsExactly("firstName", "lastName");
  }

  @Test
  void invalidPartnerIsRefusedFieldByFieldAndNothingIsCreated() throws Exception {
    long partnersBefore = jdbc.queryForObject("select count(*) from partner", Long.class);

    ResponseEntity<String> refused = asAdmin(HttpMethod.POST, "/api/staff/partners", """
        {"code":"housing","name":"","partnerType":"PIZZA","contactEmail":"nope","escalationEmail":"x@y.org",
         "agreement":{"allowedFields":["shoeSize"],"lawfulBasis":"","acknowledgementSla":{"P1":"soon"}}}""");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblem(refused);
    assertThat(json.readTree(refused.getBody()).path("errors")).extracting(e -> e.path("field").asText())
        .contains("code", "name", "partnerType", "contactEmail", "agreement.allowedFields[0]", "agreement.lawfulBasis",
            "agreement.acknowledgementSla.P1", "agreement.acknowledgementSla.P2");
    assertThat(jdbc.queryForObject("select count(*) from partner", Long.class)).isEqualTo(partnersBefore);
  }

  @Test
  void onlyAdministratorsManagePartners() {
    ResponseEntity<String> callHandler = rest.withBasicAuth("callhandler", "demo")
        .getForEntity("/api/staff/partners", String.class);
    assertThat(callHandler.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertProblem(callHandler);
    ResponseEntity<String> nobody = rest.getForEntity("/api/staff/partners", String.class);
    assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertProblem(nobody);
    assertThat(nobody.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=");
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/api/staff/partners", String.class).getBody())
        .contains("\"code\":\"housing\"").doesNotContain("secret");
  }

  /** The staff API answers every error as problem details, as the partner API does. */
  private static void assertProblem(ResponseEntity<String> answer) {
    ApiContract.assertProblem("staff API", answer.getStatusCode().value(),
        Optional.ofNullable(answer.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)), answer.getBody());
  }

  private static String newPartner(String code) {
    return """
        {"code":"%s","name":"Age Friendly St Helens","partnerType":"VOLUNTARY_SECTOR",
         "contactEmail":"referrals@agefriendly.example","escalationEmail":"manager@agefriendly.example",
         "agreement":{"allowedFields":["firstName","phone","needs"],"lawfulBasis":"UK GDPR Art 6(1)(a) consent",
                      "acknowledgementSla":{"P1":"PT4H","P2":"PT24H","P3":"PT72H"}}}""".formatted(code);
  }

  private ResponseEntity<String> asAdmin(HttpMethod method, String url, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("admin", "demo").exchange(url, method, new HttpEntity<>(body, headers), String.class);
  }

  private HttpStatus tokenStatus(String clientId, String secret) {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("grant_type", "client_credentials");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.setBasicAuth(clientId, secret);
    return HttpStatus.valueOf(rest.exchange("/oauth2/token", HttpMethod.POST, new HttpEntity<>(form, headers), String.class)
        .getStatusCode().value());
  }
}
