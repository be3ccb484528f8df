package org.communityhub.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.communityhub.support.ApiContract;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
import org.communityhub.support.StandaloneHub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A contract fuzz run: requests generated from the schemas of the hub's own /v3/api-docs, sent
 * with real partner tokens. Two in three are valid by the document, the others break one of its
 * rules (a required field left out, a value outside its enum or pattern, an unknown field, a
 * wrong type, a body that is not JSON, a bad path or header). Every answer is checked against the
 * document (ApiContract): no 5xx, no status or body the document does not give, no valid request
 * refused wholesale (each operation accepts some), no invalid one accepted. Seeded and bounded;
 * repeat a run with -Dcontract.seed=N, make it longer with -Dcontract.requests=N.
 */
@HubIntegrationTest
class PartnerApiContractFuzzTest {

  private static final int REQUESTS = Integer.getInteger("contract.requests", 300);
  private static final List<String> BAD_IDS = List.of("abc", "0", "-1", "99999999999", "1.5", "%20");
  private static final List<String> BAD_REFERENCES = List.of("nope", "HR-1900-000000", "HR-2026-", "%27%20or%201=1");

  @LocalServerPort int port;
  @Autowired ManagementService management;
  private final ObjectMapper json = new ObjectMapper();
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final long seed = Long.getLong("contract.seed", 15L);
  private final Random random = new Random(seed);
  private final List<String> references = new ArrayList<>();
  /** The housing partner's referrals and the state each is in, as the answers gave it. */
  private final Map<Long, String> referralStates = new TreeMap<>();
  private int sent;
  private final Map<String, Integer> refusalsShown = new TreeMap<>();

  @Test
  void requestsFromTheDocumentGetOnlyDocumentedAnswersAndEveryOperationAcceptsValidOnes() throws Exception {
    System.out.println("PartnerApiContractFuzzTest seed: " + seed + " (repeat with -Dcontract.seed=" + seed + ")");
    ApiContract contract = ApiContract.of(base());
    OpenAPI document = contract.document();
    String allScopes = String.join(" ", document.getComponents().getSecuritySchemes().get(OpenApiConfig.SCHEME)
        .getFlows().getClientCredentials().getScopes().keySet());
    String foodBank = StandaloneHub.partnerToken(http, base(), "foodbank-demo", "foodbank-demo-secret", allScopes);
    String housing = StandaloneHub.partnerToken(http, base(), "housing-demo", "housing-demo-secret", allScopes);

    List<Call> operations = new ArrayList<>();
    document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
        operations.add(new Call(method, path, operation))));
    assertThat(operations).as("operations in the document").hasSizeGreaterThanOrEqualTo(8);
    // Creating calls before reading ones and removals last, so that a round's reads find what it made.
    List<PathItem.HttpMethod> order = List.of(PathItem.HttpMethod.PUT, PathItem.HttpMethod.POST,
        PathItem.HttpMethod.GET, PathItem.HttpMethod.DELETE);
    operations.sort(java.util.Comparator.comparingInt(call -> order.indexOf(call.method())));

    // Referrals for the housing partner to answer: valid submissions that need housing.
    Call submit = operations.stream().filter(c -> "submitHelpRequest".equals(c.operation().getOperationId()))
        .findFirst().orElseThrow();
    Map<String, Integer> accepted = new TreeMap<>();
    for (int i = 0; i < 8; i++) {
      ObjectNode body = (ObjectNode) generate(requestSchema(submit.operation()), "");
      // as PartnerApiTest's resident, whom the eligibility rules refer to a housing provider
      body.set("needs", nodes.arrayNode().add("HOUSING"));
      body.put("urgency", "SOON").put("supportNetworkAvailable", false);
      body.set("vulnerability", nodes.objectNode().put("shielding", true).put("disability", false)
          .put("selfIsolating", false));
      ((ObjectNode) body.get("consent")).put("shareWithPartners", true);
      HttpResponse<String> response = send(contract, submit, foodBank, submit.path(), Map.of(), body.toString(), true);
      count(accepted, submit, response);
    }
    Jobs.awaitDueJobs(management);
    for (JsonNode referral : json.readTree(http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/referrals"))
        .header("Authorization", "Bearer " + housing).build(), HttpResponse.BodyHandlers.ofString()).body())) {
      referralStates.put(referral.path("id").asLong(), referral.path("status").asText());
    }

    for (int i = 0; sent < REQUESTS; i++) {
      Call call = operations.get(i % operations.size());
      String token = call.path().startsWith("/api/v1/referrals") ? housing : foodBank;
      boolean valid = random.nextInt(3) > 0;
      HttpResponse<String> response = valid ? sendValid(contract, call, token) : sendInvalid(contract, call, token);
      count(accepted, call, response);
      if (i % 40 == 39) {
        Jobs.awaitDueJobs(management); // let intake refer the new requests, so there are referrals to answer
      }
    }

    Map<String, Integer> expected = new TreeMap<>();
    operations.forEach(call -> expected.put(call.name(), accepted.getOrDefault(call.name(), 0)));
    System.out.println("contract fuzz: " + sent + " requests; 2xx per operation: " + expected);
    // The food bank's webhook, if the run left one, points nowhere: remove it for the tests after this one.
    http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/webhook")).DELETE()
        .header("Authorization", "Bearer " + foodBank).build(), HttpResponse.BodyHandlers.discarding());
    assertThat(expected).as("every operation accepts some valid requests (seed " + seed + ")")
        .allSatisfy((operation, count) -> assertThat(count).as(operation).isPositive());
    Jobs.awaitDueJobs(management);
  }

  private record Call(PathItem.HttpMethod method, String path, Operation operation) {
    String name() {
      return method + " " + path;
    }
  }

  private HttpResponse<String> sendValid(ApiContract contract, Call call, String token) throws Exception {
    String path = call.path();
    Map<String, String> headers = new LinkedHashMap<>();
    StringBuilder query = new StringBuilder();
    for (Parameter parameter : parameters(call.operation())) {
      switch (parameter.getIn()) {
        case "path" -> path = path.replace("{" + parameter.getName() + "}", pathValue(call, parameter.getName()));
        case "query" -> {
          if (random.nextBoolean()) {
            query.append(query.isEmpty() ? "?" : "&").append(parameter.getName()).append('=')
                .append(encode(generate(parameter.getSchema(), parameter.getName()).asText()));
          }
        }
        case "header" -> {
          if (random.nextBoolean() || Boolean.TRUE.equals(parameter.getRequired())) {
            headers.put(parameter.getName(), "contract-" + seed + "-" + sent + "-" + random.nextInt(1_000_000));
          }
        }
        default -> { }
      }
    }
    Schema<?> bodySchema = requestSchema(call.operation());
    String body = bodySchema == null ? null : generate(bodySchema, "").toString();
    HttpResponse<String> response = send(contract, call, token, path + query, headers, body, true);
    if (response.statusCode() >= 400 && refusalsShown.merge(call.name(), 1, Integer::sum) <= 2) {
      // a valid request may still be refused (a referral in the wrong state); shown to judge the run
      System.out.println("contract fuzz: valid " + call.name() + " " + path + query + " " + body + " -> "
          + response.statusCode() + " " + response.body());
    }
    return response;
  }

  /** A request that breaks exactly one rule of the document, where this operation has rules to break. */
  private HttpResponse<String> sendInvalid(ApiContract contract, Call call, String token) throws Exception {
    String path = call.path();
    Map<String, String> headers = new LinkedHashMap<>();
    String query = "";
    Schema<?> bodySchema = requestSchema(call.operation());
    List<Parameter> parameters = parameters(call.operation());
    List<String> breakable = new ArrayList<>();
    if (bodySchema != null) {
      breakable.add("body");
    }
    parameters.forEach(p -> breakable.add(p.getIn() + ":" + p.getName()));
    String broken = breakable.isEmpty() ? "none" : breakable.get(random.nextInt(breakable.size()));
    for (Parameter parameter : parameters) {
      boolean breakThis = broken.equals(parameter.getIn() + ":" + parameter.getName());
      switch (parameter.getIn()) {
        case "path" -> path = path.replace("{" + parameter.getName() + "}", breakThis
            ? pick(parameter.getName().equals("reference") ? BAD_REFERENCES : BAD_IDS)
            : pathValue(call, parameter.getName()));
        case "query" -> query = breakThis ? "?" + parameter.getName() + "=" + pick(List.of("", "PIZZA", "sent%3B"))
            : "";
        case "header" -> {
          if (breakThis) {
            headers.put(parameter.getName(), pick(List.of("has spaces in it", "x".repeat(101), "semi;colon")));
          }
        }
        default -> { }
      }
    }
    String body = null;
    if (bodySchema != null) {
      JsonNode valid = generate(bodySchema, "");
      body = broken.equals("body") ? brokenBody(valid, bodySchema) : valid.toString();
    }
    HttpResponse<String> response = send(contract, call, token, path + query, headers, body, false);
    if (!broken.equals("none")) {
      assertThat(response.statusCode()).as(call.name() + " broke " + broken + ": " + body).isBetween(400, 499);
    }
    return response;
  }

  private HttpResponse<String> send(ApiContract contract, Call call, String token, String pathAndQuery,
      Map<String, String> headers, String body, boolean meantValid) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
        .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
        .method(call.method().name(), body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    HttpRequest built = request.build();
    if (meantValid) {
      assertThat(contract.requestErrors(built.method(), built.uri(), built.headers().map(), body))
          .as("generated as valid: " + call.name() + " " + body).isEmpty();
    }
    sent++;
    HttpResponse<String> response = contract.send(http, built, body);
    remember(call, response);
    return response;
  }

  private void count(Map<String, Integer> accepted, Call call, HttpResponse<String> response) {
    if (response.statusCode() / 100 == 2) {
      accepted.merge(call.name(), 1, Integer::sum);
    }
  }

  /** New references to look up, and the referral states the answers give. */
  private void remember(Call call, HttpResponse<String> response) throws Exception {
    if (response.statusCode() / 100 != 2) {
      return;
    }
    JsonNode body = json.readTree(response.body());
    if (response.statusCode() == 201 && body.has("reference")) {
      references.add(body.path("reference").asText());
    }
    for (JsonNode referral : body.isArray() ? body : json.createArrayNode().add(body)) {
      if (referral.has("id") && referral.has("status") && call.path().startsWith("/api/v1/referrals")) {
        referralStates.put(referral.path("id").asLong(), referral.path("status").asText());
      }
    }
  }

  /** A real reference or referral id; for a referral action, one in a state that allows it where there is one. */
  private String pathValue(Call call, String name) {
    if (name.equals("reference")) {
      return references.isEmpty() ? "HR-2026-000001" : references.get(random.nextInt(references.size()));
    }
    List<String> fitting = switch (call.path().substring(call.path().lastIndexOf('/') + 1)) {
      case "acknowledge" -> List.of("SENT");
      case "accept" -> List.of("ACKNOWLEDGED");
      case "decline" -> List.of("SENT", "ACKNOWLEDGED");
      case "close" -> List.of("ACCEPTED");
      default -> List.of();
    };
    List<Long> ids = referralStates.entrySet().stream()
        .filter(e -> fitting.isEmpty() || fitting.contains(e.getValue())).map(Map.Entry::getKey).toList();
    if (ids.isEmpty()) {
      ids = List.copyOf(referralStates.keySet());
    }
    return ids.isEmpty() ? "1" : String.valueOf(ids.get(random.nextInt(ids.size())));
  }

  /** A value the schema allows: required properties always, optional ones half the time. */
  private JsonNode generate(Schema<?> schema, String name) {
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return nodes.textNode(String.valueOf(schema.getEnum().get(random.nextInt(schema.getEnum().size()))));
    }
    String type = schema.getType() != null ? schema.getType() : schema.getProperties() != null ? "object" : "string";
    switch (type) {
      case "object" -> {
        ObjectNode object = nodes.objectNode();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        if (schema.getProperties() != null) {
          schema.getProperties().forEach((property, propertySchema) -> {
            if (required.contains(property) || random.nextBoolean()) {
              object.set(property, generate(propertySchema, property));
            }
          });
        }
        return object;
      }
      case "array" -> {
        ArrayNode array = nodes.arrayNode();
        int size = Math.max(schema.getMinItems() == null ? 0 : schema.getMinItems(), 1 + random.nextInt(3));
        for (int i = 0; i < size; i++) {
          array.add(generate(schema.getItems(), name));
        }
        return array;
      }
      case "boolean" -> {
        return nodes.booleanNode(random.nextBoolean());
      }
      case "integer", "number" -> {
        return nodes.numberNode(1 + random.nextInt(1000));
      }
      default -> {
        return nodes.textNode(text(schema, name));
      }
    }
  }

  private String text(Schema<?> schema, String name) {
    if ("date".equals(schema.getFormat())) {
      return LocalDate.of(1920, 1, 1).plusDays(random.nextInt(30_000)).toString();
    }
    if ("email".equals(schema.getFormat())) {
      return "contract-" + seed + "-" + random.nextInt(1_000_000_000) + "@example.org";
    }
    if (name.equals("phone")) {
      return "01632 9" + String.format("%05d", random.nextInt(100_000)); // Ofcom's numbers for drama
    }
    if (schema.getPattern() != null && schema.getExample() != null) {
      return schema.getExample().toString();
    }
    int min = schema.getMinLength() == null ? 1 : Math.max(1, schema.getMinLength());
    int max = schema.getMaxLength() == null ? 40 : Math.min(40, schema.getMaxLength());
    List<String> words = List.of("Iris", "Zoë", "O'Brien", "Siân", "Ñandú", "Parr", "Street", "help", "Thatto");
    StringBuilder text = new StringBuilder(words.get(random.nextInt(words.size())));
    while (text.length() < min) {
      text.append(' ').append(words.get(random.nextInt(words.size())));
    }
    return text.length() > max ? text.substring(0, max) : text.toString();
  }

  /** The valid body with one rule of its schema broken, or no JSON at all. */
  private String brokenBody(JsonNode valid, Schema<?> schema) {
    if (random.nextInt(8) == 0) {
      return pick(List.of("", "{not json", "[]", "\"text\"", "{\"resident\":"));
    }
    List<Breakage> breakages = new ArrayList<>();
    collectBreakages(valid, schema, breakages);
    breakages.get(random.nextInt(breakages.size())).apply().run();
    return valid.toString();
  }

  private record Breakage(String what, Runnable apply) {}

  private void collectBreakages(JsonNode node, Schema<?> schema, List<Breakage> into) {
    if (!(node instanceof ObjectNode object) || schema.getProperties() == null) {
      return;
    }
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    for (String property : required) {
      into.add(new Breakage("no " + property, () -> object.remove(property)));
    }
    if (Boolean.FALSE.equals(schema.getAdditionalProperties())) {
      into.add(new Breakage("unknown field", () -> object.put("shoeSize", "9")));
    }
    schema.getProperties().forEach((property, propertySchema) -> {
      if (!object.has(property)) {
        return;
      }
      String type = propertySchema.getType() == null ? "object" : propertySchema.getType();
      into.add(new Breakage(property + " wrong type", () -> object.set(property,
          type.equals("object") || type.equals("array") ? nodes.textNode("x") : nodes.objectNode().put("x", 1))));
      if (propertySchema.getEnum() != null) {
        into.add(new Breakage(property + " outside enum", () -> object.put(property, "PIZZA")));
      }
      if (propertySchema.getPattern() != null) {
        into.add(new Breakage(property + " not its pattern", () -> object.put(property, "not it!")));
      }
      if (propertySchema.getMaxLength() != null) {
        into.add(new Breakage(property + " too long", () -> object.put(property,
            "a".repeat(propertySchema.getMaxLength() + 1))));
      }
      if (propertySchema.getMinLength() != null && propertySchema.getMinLength() > 0) {
        into.add(new Breakage(property + " empty", () -> object.put(property, "")));
      }
      if ("date".equals(propertySchema.getFormat())) {
        into.add(new Breakage(property + " not a date", () -> object.put(property, "31/12/1950")));
      }
      if ("email".equals(propertySchema.getFormat())) {
        into.add(new Breakage(property + " not an email", () -> object.put(property, "no at sign")));
      }
      if ("array".equals(type)) {
        if (propertySchema.getMinItems() != null && propertySchema.getMinItems() > 0) {
          into.add(new Breakage(property + " empty", () -> object.set(property, nodes.arrayNode())));
        }
        if (propertySchema.getItems() != null && propertySchema.getItems().getEnum() != null) {
          into.add(new Breakage(property + " item outside enum", () ->
              ((ArrayNode) object.get(property)).add("PIZZA")));
        }
      }
      collectBreakages(object.get(property), propertySchema, into);
    });
  }

  private static Schema<?> requestSchema(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return null;
    }
    return operation.getRequestBody().getContent().get("application/json").getSchema();
  }

  private static List<Parameter> parameters(Operation operation) {
    return operation.getParameters() == null ? List.of() : operation.getParameters();
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
