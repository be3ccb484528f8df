package org.communityhub.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.communityhub.support.ApiContract;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.StandaloneHub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a partner's developer builds a client from: the document at /v3/api-docs gives every
 * operation's answers, scope and rules, and every error the APIs give (on /api/v1 and
 * /api/staff) is problem details, including the ones Spring answers before any controller runs.
 */
@HubIntegrationTest
class PartnerApiContractTest {

  private static final Set<String> SCOPES = Set.of(PartnerAuthConfig.SCOPE_REQUESTS_WRITE,
      PartnerAuthConfig.SCOPE_REQUESTS_READ, PartnerAuthConfig.SCOPE_REFERRALS_READ,
      PartnerAuthConfig.SCOPE_REFERRALS_WRITE, PartnerAuthConfig.SCOPE_WEBHOOKS_MANAGE);

  @LocalServerPort int port;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private ApiContract contract;
  private String token;

  @BeforeEach
  void partner() throws Exception {
    contract = ApiContract.of(base());
    token = StandaloneHub.partnerToken(http, base(), "foodbank-demo", "foodbank-demo-secret",
        String.join(" ", SCOPES));
  }

  @Test
  void documentGivesEachOperationItsScopeAnswersAndExactMediaTypes() throws Exception {
    JsonNode document = json.readTree(contract.documentJson());
    List<String> operations = new ArrayList<>();
    document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
      String operation = entry.getKey().toUpperCase() + " " + path.getKey();
      JsonNode op = entry.getValue();
      operations.add(operation);
      assertThat(op.path("security")).as(operation + " security").hasSize(1);
      JsonNode scopes = op.path("security").get(0).path(OpenApiConfig.SCHEME);
      assertThat(scopes).as(operation + " scope").hasSize(1);
      assertThat(SCOPES).contains(scopes.get(0).asText());
      JsonNode responses = op.path("responses");
      for (String status : List.of("400", "401", "403", "406", "429")) {
        assertThat(problemMediaTypes(document, responses.path(status))).as(operation + " " + status)
            .containsExactly("application/problem+json");
      }
      responses.fields().forEachRemaining(answer -> {
        if (answer.getKey().equals("204")) {
          return; // no content
        }
        List<String> mediaTypes = problemMediaTypes(document, answer.getValue());
        assertThat(mediaTypes).as(operation + " " + answer.getKey() + ": exact media types, no */*")
            .containsExactly(answer.getKey().startsWith("2") ? "application/json" : "application/problem+json");
      });
      if (path.getKey().contains("{")) {
        assertThat(responses.has("404")).as(operation + " 404").isTrue();
      }
    }));
    assertThat(operations).contains("POST /api/v1/help-requests", "GET /api/v1/help-requests/{reference}",
        "GET /api/v1/referrals", "GET /api/v1/referrals/{id}", "POST /api/v1/referrals/{id}/acknowledge",
        "POST /api/v1/referrals/{id}/accept", "POST /api/v1/referrals/{id}/decline",
        "POST /api/v1/referrals/{id}/close");

    JsonNode submit = document.at("/paths/~1api~1v1~1help-requests/post");
    assertThat(submit.at("/responses").has("201")).isTrue();
    assertThat(submit.at("/responses").has("200")).as("a submission answers 201 only").isFalse();
    assertThat(submit.at("/responses/201/headers").has("Location")).isTrue();
    assertThat(submit.at("/responses/422/$ref").asText()).endsWith("IdempotencyKeyReused");
    assertThat(submit.at("/parameters")).anySatisfy(parameter -> {
      assertThat(parameter.path("name").asText()).isEqualTo("Idempotency-Key");
      assertThat(parameter.path("in").asText()).isEqualTo("header");
      assertThat(parameter.at("/schema/pattern").asText()).isNotBlank();
    });
    assertThat(document.at("/paths/~1api~1v1~1referrals~1{id}~1accept/post/responses").has("409")).isTrue();

    JsonNode submission = document.at("/components/schemas/HelpRequestSubmission");
    assertThat(submission.path("required")).extracting(JsonNode::asText)
        .contains("resident", "needs", "urgency", "supportNetworkAvailable", "consent");
    assertThat(submission.path("additionalProperties").asBoolean(true)).as("unknown fields refused").isFalse();
    assertThat(submission.at("/properties/needs/items/enum")).extracting(JsonNode::asText)
        .contains("FOOD", "PRESCRIPTIONS", "HOUSING");
    assertThat(submission.at("/properties/urgency/enum")).extracting(JsonNode::asText)
        .containsExactly("URGENT", "SOON", "ROUTINE");
    assertThat(document.at("/components/schemas/SubmittedAddress/properties/postcode/pattern").asText()).isNotBlank();
    assertThat(document.at("/components/schemas/SubmittedAddress/properties/postcode/example").asText())
        .isEqualTo("WA10 1AA");
    assertThat(document.at("/components/securitySchemes/partnerOAuth/flows/clientCredentials/tokenUrl").asText())
        .isEqualTo("/oauth2/token");
  }

  @Test
  void methodsNoEndpointTakesAre405ProblemsWithAllow() throws Exception {
    for (String method : List.of("TRACE", "PUT", "DELETE", "PATCH")) {
      // TRACE carries no body (RFC 9110); the others carry one, as a client might send
      HttpResponse<String> collection = method.equals("TRACE") ? send(method, "/api/v1/help-requests", token, null, null)
          : send(method, "/api/v1/help-requests", token, "{}", "application/json");
      assertThat(collection.statusCode()).as(method).isEqualTo(405);
      assertThat(collection.headers().firstValue("Allow")).as(method).hasValueSatisfying(allow ->
          assertThat(allow).contains("POST"));
      HttpResponse<String> one = send(method, "/api/v1/referrals/1", token, null, null);
      assertThat(one.statusCode()).as(method).isEqualTo(405);
      assertThat(one.headers().firstValue("Allow")).as(method).hasValueSatisfying(allow ->
          assertThat(allow).contains("GET"));
    }
    assertThat(send("TRACE", "/api/v1/referrals", null, null, null).statusCode()).as("TRACE without a token")
        .isEqualTo(405);
    assertThat(send("TRACE", "/api/staff/partners", null, null, null).statusCode()).isEqualTo(405);
  }

  @Test
  void unknownAddressesBodiesThatAreNotJsonAndJsonNotAcceptedAreProblems() throws Exception {
    assertThat(send("GET", "/api/v1/nothing-here", token, null, null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/help-requests/HR-1999-000001", token, null, null).statusCode()).isEqualTo(404);
    assertThat(send("POST", "/api/v1/help-requests", token, "resident=Iris", "text/plain").statusCode())
        .isEqualTo(415);
    assertThat(send("POST", "/api/v1/help-requests", token, "{not json", "application/json").statusCode())
        .isEqualTo(400);
    HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/referrals"))
        .header("Authorization", "Bearer " + token).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(html.statusCode()).isEqualTo(406);
    ApiContract.assertProblem("406", 406, html.headers().firstValue("Content-Type"), html.body());
  }

  @Test
  void anEmptyOrUnknownReferralStatusIsRefusedNotAnEmptyList() throws Exception {
    for (String status : List.of("", "PIZZA")) {
      HttpResponse<String> response = send("GET", "/api/v1/referrals?status=" + status, token, null, null);
      assertThat(response.statusCode()).as("status=" + status).isEqualTo(400);
      assertThat(json.readTree(response.body()).path("errors").get(0).path("field").asText()).isEqualTo("status");
    }
    assertThat(send("GET", "/api/v1/referrals?status=SENT", token, null, null).statusCode()).isEqualTo(200);
  }

  @Test
  void staffApiErrorsAreProblemsToo() throws Exception {
    HttpResponse<String> noSignIn = send("GET", "/api/staff/partners", null, null, null);
    assertThat(noSignIn.statusCode()).isEqualTo(401);
    assertThat(noSignIn.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
        assertThat(challenge).startsWith("Basic"));
    assertThat(send("GET", "/api/staff/partners", basic("callhandler"), null, null).statusCode()).isEqualTo(403);
    assertThat(send("DELETE", "/api/staff/partners", basic("admin"), null, null).statusCode()).isEqualTo(405);
    assertThat(send("GET", "/api/staff/nothing-here", basic("admin"), null, null).statusCode()).isEqualTo(404);
    assertThat(send("POST", "/api/staff/partners", basic("admin"), "{not json", "application/json").statusCode())
        .isEqualTo(400);
    assertThat(send("POST", "/api/staff/partners", basic("admin"), "code=x", "text/plain").statusCode())
        .isEqualTo(415);
  }

  /** One call, checked by the contract: answers on /api/v1 as the document gives, every error as problem details. */
  private HttpResponse<String> send(String method, String path, String authorization, String body,
      String contentType) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization.startsWith("Basic") ? authorization : "Bearer " + authorization);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    HttpResponse<String> response = contract.send(http, request.build(), body);
    if (response.statusCode() >= 400) {
      ApiContract.assertProblem(method + " " + path, response.statusCode(),
          response.headers().firstValue("Content-Type"), response.body());
    }
    return response;
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  /** The media types of an answer, following its reference into components/responses. */
  private static List<String> problemMediaTypes(JsonNode document, JsonNode response) {
    JsonNode answer = response;
    if (response.has("$ref")) {
      answer = document.at("/components/responses/" + response.path("$ref").asText()
          .substring("#/components/responses/".length()));
    }
    List<String> mediaTypes = new ArrayList<>();
    answer.path("content").fieldNames().forEachRemaining(mediaTypes::add);
    return mediaTypes;
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
