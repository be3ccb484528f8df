package org.communityhub.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestTemplate;

/**
 * The partner API's contract as the running hub publishes it (/v3/api-docs, read once per hub):
 * every API test sends its calls through here, and each call is checked with Atlassian's
 * OpenAPI validator. Every answer must be one the document gives for the operation (status,
 * media type, body schema). A 2xx must answer a request the document allows; a 4xx may answer a
 * request the test made wrong on purpose. Calls to addresses or methods the document has not are
 * checked to be problem details. So code and document cannot drift apart unnoticed.
 */
public final class ApiContract {

  private static final Map<String, ApiContract> BY_HUB = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String documentJson;
  private final OpenApiInteractionValidator validator;

  private ApiContract(String documentJson) {
    this.documentJson = documentJson;
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(documentJson).build();
  }

  /** The contract of the hub at {@code baseUrl} (http://localhost:PORT). */
  public static ApiContract of(String baseUrl) {
    return BY_HUB.computeIfAbsent(baseUrl, ApiContract::load);
  }

  public static ApiContract of(TestRestTemplate rest) {
    return of(rest.getRootUri());
  }

  private static ApiContract load(String baseUrl) {
    try {
      HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(baseUrl + "/v3/api-docs")).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(document.statusCode()).as("the hub publishes /v3/api-docs").isEqualTo(200);
      return new ApiContract(document.body());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("Could not read " + baseUrl + "/v3/api-docs", e);
    }
  }

  public String documentJson() {
    return documentJson;
  }

  /** The document as a model, references resolved: what the contract fuzz run generates requests from. */
  public OpenAPI document() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    return new OpenAPIParser().readContents(documentJson, null, options).getOpenAPI();
  }

  /**
   * A RestTemplate like {@code rest} (same hub, relative addresses, no exception on 4xx/5xx) that
   * checks every call to /api/v1 against the document.
   */
  public RestTemplate checking(TestRestTemplate rest) {
    RestTemplate checked = new RestTemplate(new BufferingClientHttpRequestFactory(
        rest.getRestTemplate().getRequestFactory()));
    checked.setUriTemplateHandler(rest.getRestTemplate().getUriTemplateHandler());
    checked.setErrorHandler(new ResponseErrorHandler() {
      @Override
      public boolean hasError(ClientHttpResponse response) {
        return false;
      }
    });
    checked.getInterceptors().add((request, body, execution) -> {
      ClientHttpResponse response = execution.execute(request, body);
      if (request.getURI().getPath().startsWith("/api/v1")) {
        check(request.getMethod().name(), request.getURI(), request.getHeaders(),
            new String(body, StandardCharsets.UTF_8), response.getStatusCode().value(), response.getHeaders(),
            StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8));
      }
      return response;
    });
    return checked;
  }

  /** Sends {@code request} (with its body as text, for the check) and checks the call. */
  public HttpResponse<String> send(HttpClient http, HttpRequest request, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    check(request.method(), request.uri(), headers(request.headers()), body == null ? "" : body,
        response.statusCode(), headers(response.headers()), response.body());
    return response;
  }

  /**
   * For robustness fuzzing with bodies outside any schema (wrong types, nulls, garbage): checks
   * the answer only, which must still be one the document gives. Whether such a request is
   * accepted is not the document's to say, as Jackson reads some of them leniently (a number
   * for a text field).
   */
  public HttpResponse<String> sendCheckingTheAnswer(HttpClient http, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    checkAnswer(request.method(), request.uri(), headers(request.headers()), response.statusCode(),
        headers(response.headers()), response.body());
    return response;
  }

  /** What the validator finds wrong with a request alone (empty when the document allows it). */
  public List<String> requestErrors(String method, URI uri, Map<String, List<String>> headers, String body) {
    return errors(validator.validateRequest(request(method, uri, headers, body)));
  }

  /** Checks one call; fails the test, saying what differs from the document, when the call breaks the contract. */
  public void check(String method, URI uri, Map<String, List<String>> requestHeaders, String requestBody, int status,
      Map<String, List<String>> responseHeaders, String responseBody) {
    String call = method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + " -> " + status;
    assertThat(status).as(call + " is a 5xx: " + responseBody).isLessThan(500);
    ValidationReport requestReport = validator.validateRequest(request(method, uri, requestHeaders, requestBody));
    if (status < 400 && !undocumented(requestReport)) {
      assertThat(errors(requestReport)).as(call + " was accepted, but the document does not allow the request")
          .isEmpty();
    }
    checkAnswer(method, uri, requestHeaders, status, responseHeaders, responseBody);
  }

  private void checkAnswer(String method, URI uri, Map<String, List<String>> requestHeaders, int status,
      Map<String, List<String>> responseHeaders, String responseBody) {
    String call = method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + " -> " + status;
    assertThat(status).as(call + " is a 5xx: " + responseBody).isLessThan(500);
    Request request = request(method, uri, requestHeaders, null);
    if (undocumented(validator.validateRequest(request))) {
      assertThat(status).as(call + ": an address or method the document has not").isBetween(400, 499);
      assertProblem(call, status, first(responseHeaders, "Content-Type"), responseBody);
      return;
    }
    SimpleResponse.Builder response = new SimpleResponse.Builder(status).withBody(responseBody);
    responseHeaders.forEach(response::withHeader);
    assertThat(errors(validator.validateResponse(uri.getRawPath(), request.getMethod(), response.build())))
        .as(call + " answered outside the document: " + abbreviate(responseBody)).isEmpty();
    if (status >= 400) {
      assertProblem(call, status, first(responseHeaders, "Content-Type"), responseBody);
    }
  }

  private static boolean undocumented(ValidationReport report) {
    return report.getMessages().stream().anyMatch(m -> m.getKey().equals("validation.request.path.missing")
        || m.getKey().equals("validation.request.operation.notAllowed"));
  }

  /** Problem details (RFC 9457) with the status in the body too. */
  public static void assertProblem(String call, int status, Optional<String> contentType, String body) {
    assertThat(contentType).as(call + " media type").hasValue("application/problem+json");
    try {
      JsonNode problem = JSON.readTree(body);
      assertThat(problem.path("status").asInt()).as(call + " " + body).isEqualTo(status);
      assertThat(problem.path("title").asText()).as(call + " title").isNotBlank();
      assertThat(problem.path("type").asText()).as(call + " type").startsWith("https://");
    } catch (IOException e) {
      throw new AssertionError(call + " answered a body that is not JSON: " + abbreviate(body), e);
    }
  }

  private static Request request(String method, URI uri, Map<String, List<String>> headers, String body) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] nameAndValue = pair.split("=", 2);
        request.withQueryParam(decode(nameAndValue[0]), nameAndValue.length > 1 ? decode(nameAndValue[1]) : "");
      }
    }
    headers.forEach(request::withHeader);
    if (body != null && !body.isEmpty()) {
      request.withBody(body);
    }
    return request.build();
  }

  private static List<String> errors(ValidationReport report) {
    return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.toList());
  }

  private static Map<String, List<String>> headers(HttpHeaders headers) {
    return headers.map();
  }

  private static Optional<String> first(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream()).findFirst();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 400 ? text.substring(0, 400) + "…" : text;
  }
}
