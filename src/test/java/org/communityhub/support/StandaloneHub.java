package org.communityhub.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.communityhub.CommunityHubApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second hub in the test JVM, on a database of the test's own, with the partner API but without
 * Camunda's webapps and REST API: those keep static state that a second hub would disturb.
 */
public final class StandaloneHub {

  private StandaloneHub() {}

  public static ConfigurableApplicationContext start(String engineName, String jdbcUrl, String user, String password,
      String... moreArguments) {
    List<String> arguments = new ArrayList<>(List.of(
        "--server.port=0",
        "--camunda.bpm.process-engine-name=" + engineName,
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
            + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration,"
            + "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password));
    arguments.addAll(List.of(moreArguments));
    return new SpringApplicationBuilder(CommunityHubApplication.class).run(arguments.toArray(String[]::new));
  }

  public static String baseUrl(ConfigurableApplicationContext hub) {
    return "http://localhost:" + hub.getEnvironment().getProperty("local.server.port");
  }

  /** A client-credentials access token of a demo partner from the hub's token endpoint. */
  public static String partnerToken(HttpClient http, String baseUrl, String clientId, String secret, String scopes)
      throws Exception {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
            + scopes.replace(" ", "%20"))).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new AssertionError("No token for " + clientId + ": " + response.statusCode());
    }
    return response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
  }
}
