package org.communityhub.askforhelp;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: one session (cookies), the CSRF token from the last form page, and
 * a client address of its own, sent as X-Forwarded-For from 127.0.0.1 as the council's proxy would
 * (server.forward-headers-strategy): each test's posts count against its own rate limit.
 */
final class PublicFormClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final HttpClient http;
  private final String base;
  private final String address;
  private String csrf;

  PublicFormClient(int port, String address) {
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
    this.base = "http://localhost:" + port;
    this.address = address;
  }

  /** An address no other test is likely to use: a random 10.x.y.z. */
  static String freshAddress() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
  }

  HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrf = token.group(1);
    }
    return response;
  }

  /** Opens the page (for its CSRF token), then posts the fields to it. */
  HttpResponse<String> answer(String path, Map<String, List<String>> fields) throws Exception {
    get(path);
    return post(path, fields);
  }

  /** Posts with the session's CSRF token (unless the fields carry their own _csrf). */
  HttpResponse<String> post(String path, Map<String, List<String>> fields) throws Exception {
    Map<String, List<String>> form = new LinkedHashMap<>(fields);
    if (csrf != null) {
      form.putIfAbsent("_csrf", List.of(csrf));
    }
    return postRaw(path, encode(form));
  }

  HttpResponse<String> postRaw(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String encode(Map<String, List<String>> form) {
    return form.entrySet().stream().flatMap(field -> field.getValue().stream()
            .map(value -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)))
        .collect(Collectors.joining("&"));
  }
}
