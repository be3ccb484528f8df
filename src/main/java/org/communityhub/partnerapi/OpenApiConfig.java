package org.communityhub.partnerapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communityhub.intake.Need;
import org.communityhub.platform.api.ApiProblemResponses;
import org.communityhub.referrals.ReferralStatus;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partner API's OpenAPI 3 document (/v3/api-docs) and Swagger UI (/swagger-ui.html): complete
 * enough to generate a client from. Each operation names its scope (on the controller); the
 * answers every operation can give (401, 403, 429, ...) are added here, all as problem details.
 */
@Configuration
class OpenApiConfig {

  static final String SCHEME = "partnerOAuth";
  static final String REFERRAL_STATE = "ReferralState";
  static final String IDEMPOTENCY_KEY_REUSED = "IdempotencyKeyReused";
  private static final String PROBLEM = "application/problem+json";
  /** The referral's state decides whether these can be done (409 otherwise). */
  private static final List<String> REFERRAL_ACTIONS = List.of("acknowledgeReferral", "acceptReferral",
      "declineReferral", "closeReferral");
  /** Request bodies refuse fields they do not have (spring.jackson fail-on-unknown-properties). */
  private static final List<String> CLOSED_SCHEMAS = List.of("HelpRequestSubmission", "SubmittedResident",
      "SubmittedAddress", "Vulnerability", "Consent", "DeclineReferral", "CloseReferral");

  @Bean
  OpenAPI partnerApi() {
    SecurityScheme clientCredentials = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
        .description("Client credentials at the hub's token endpoint; one client per partner. Ask for the scopes"
            + " the operations you call need.")
        .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token").scopes(new Scopes()
            .addString(PartnerAuthConfig.SCOPE_REQUESTS_WRITE, "refer residents to the hub")
            .addString(PartnerAuthConfig.SCOPE_REQUESTS_READ, "read the status of requests you submitted")
            .addString(PartnerAuthConfig.SCOPE_REFERRALS_READ, "read referrals sent to you")
            .addString(PartnerAuthConfig.SCOPE_REFERRALS_WRITE, "acknowledge, accept, decline and close referrals")
            .addString(PartnerAuthConfig.SCOPE_WEBHOOKS_MANAGE, "register your webhook and rotate its secret"))));
    Components components = new Components().addSecuritySchemes(SCHEME, clientCredentials)
        .addSchemas("Problem", problemSchema())
        .addSchemas("FieldProblem", new ObjectSchema().description("One field that is wrong, and how to put it right.")
            .addProperty("field", new StringSchema().example("resident.address.postcode"))
            .addProperty("message", new StringSchema().example("is not a UK postcode, for example WA10 1AA"))
            .required(List.of("field", "message")));
    problems().forEach(components::addResponses);
    return new OpenAPI()
        .info(new Info().title("Community Hub partner API").version("v1")
            .description("For partner agencies: refer residents to the hub, and answer the referrals it sends you. "
                + "Errors are RFC 9457 problem details (application/problem+json) naming the field."))
        .components(components);
  }

  /** Every operation's shared answers, the request schemas closed to unknown fields, the referral's shape. */
  @Bean
  OpenApiCustomizer completePartnerApiDocument() {
    return document -> {
      document.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
        ApiResponses responses = operation.getResponses();
        if (responses.containsKey("201") && "OK".equals(responses.get("200") == null ? null
            : responses.get("200").getDescription())) {
          responses.remove("200"); // springdoc's default beside a documented 201: a submission answers 201 only
        }
        for (String status : List.of("400", "401", "403", "406", "429", "503")) {
          addUnlessGiven(responses, status);
        }
        if (path.contains("{")) {
          addUnlessGiven(responses, "404");
        }
        if (operation.getRequestBody() != null) {
          addUnlessGiven(responses, "415");
        }
        if (REFERRAL_ACTIONS.contains(operation.getOperationId())) {
          responses.addApiResponse("409", new ApiResponse().$ref(REFERRAL_STATE));
        }
        sortByStatus(operation);
      }));
      Map<String, Schema> schemas = document.getComponents().getSchemas();
      CLOSED_SCHEMAS.stream().map(schemas::get).filter(java.util.Objects::nonNull)
          .forEach(schema -> schema.setAdditionalProperties(false));
      Schema<?> referral = schemas.get("PartnerReferralView");
      if (referral != null) {
        referral.description("A referral as its partner sees it: the resident holds only the fields the partner's"
                + " data-sharing agreement allows; the others are left out.")
            .required(List.of("id", "requestReference", "status", "priority", "safeguarding"));
        Map<String, Schema> properties = referral.getProperties();
        properties.get("id").example(4711);
        properties.get("requestReference").example("HR-2026-000123");
        properties.put("priority", new StringSchema()._enum(List.of("P1", "P2", "P3")).example("P2")
            .description("P1: help today; P2: within two days; P3: within the week."));
        properties.get("reason").example("Needs housing advice after an eviction notice")
            .description("Why the hub referred the resident.");
        schemas.put("SharedResident", sharedResident());
        properties.put("resident", new Schema<>().$ref("#/components/schemas/SharedResident"));
      }
    };
  }

  /** The resident's fields a referral may carry: each only when the partner's agreement allows it. */
  private static Schema<?> sharedResident() {
    Schema<?> text = new StringSchema();
    return new ObjectSchema()
        .description("Only the fields the partner's data-sharing agreement allows; the others are left out.")
        .addProperty("firstName", new StringSchema().example("Iris"))
        .addProperty("lastName", new StringSchema().example("Ainsworth"))
        .addProperty("dateOfBirth", new StringSchema().format("date").example("1944-02-29"))
        .addProperty("phone", new StringSchema().example("01744 676767"))
        .addProperty("email", new StringSchema().example("iris.ainsworth@example.org"))
        .addProperty("address", new ObjectSchema()
            .addProperty("line1", new StringSchema().example("12 Boundary Road"))
            .addProperty("line2", new StringSchema().example("Flat 2"))
            .addProperty("town", new StringSchema().example("St Helens"))
            .addProperty("postcode", new StringSchema().example("WA10 1AA")))
        .addProperty("needs", new ArraySchema().items(new StringSchema()._enum(Arrays.stream(Need.values())
            .map(Enum::name).toList())).example(List.of("HOUSING")))
        .addProperty("vulnerability", new ObjectSchema()
            .addProperty("shielding", new BooleanSchema())
            .addProperty("disability", new BooleanSchema())
            .addProperty("selfIsolating", new BooleanSchema()))
        .addProperty("notes", text.example("Keyholder is her daughter."));
  }

  private static void addUnlessGiven(ApiResponses responses, String status) {
    if (!responses.containsKey(status)) {
      responses.addApiResponse(status, new ApiResponse().$ref(refName(status)));
    }
  }

  private static void sortByStatus(Operation operation) {
    ApiResponses sorted = new ApiResponses();
    operation.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
    operation.setResponses(sorted);
  }

  private static String refName(String status) {
    return switch (status) {
      case "400" -> "InvalidRequest";
      case "401" -> "Unauthorized";
      case "403" -> "Forbidden";
      case "404" -> "NotFound";
      case "406" -> "NotAcceptable";
      case "415" -> "UnsupportedMediaType";
      case "429" -> "TooManyRequests";
      case "503" -> "Unavailable";
      default -> throw new IllegalArgumentException(status);
    };
  }

  private static Map<String, ApiResponse> problems() {
    Map<String, ApiResponse> problems = new LinkedHashMap<>();
    problems.put("InvalidRequest", problem("The request is not valid: `errors` names each field and what to type.",
        400, "invalid-request", "Invalid request", "resident.address.postcode: is not a UK postcode, for example WA10 1AA"));
    problems.put("Unauthorized", problem("No access token, or one that is not valid (expired, or not from this hub).",
        401, "unauthorized", "Sign-in needed", "Send a valid access token from the hub's token endpoint"
            + " (/oauth2/token, client credentials) in the header Authorization: Bearer <token>.")
        .addHeaderObject("WWW-Authenticate", new Header().description("The bearer-token challenge (RFC 6750)")
            .schema(new StringSchema().example("Bearer error=\"invalid_token\""))));
    problems.put("Forbidden", problem("The token lacks the operation's scope, or its client is not an active partner.",
        403, "forbidden", "Forbidden", "Your token does not allow this call.")
        .addHeaderObject("WWW-Authenticate", new Header().description("insufficient_scope when the scope is missing")
            .schema(new StringSchema().example("Bearer error=\"insufficient_scope\""))));
    problems.put("NotFound", problem("Nothing with this reference or id for this partner.", 404, "not-found",
        "Not found", "No help request HR-2026-000123 submitted by this partner."));
    problems.put(REFERRAL_STATE, problem("Not possible in the referral's state (e.g. accepting before acknowledging);"
        + " `referralStatus` gives the state.", 409, "referral-state", "Not possible in the referral's state",
        "Acknowledge the referral before accepting it."));
    problems.put("NotAcceptable", problem("The Accept header allows no JSON.", 406, "not-acceptable",
        "Answer only in JSON", "This address answers in JSON only: send Accept: application/json."));
    problems.put("UnsupportedMediaType", problem("The body is not sent as JSON.", 415, "unsupported-media-type",
        "Body not in JSON", "Send the body as JSON, with the header Content-Type: application/json."));
    problems.put(IDEMPOTENCY_KEY_REUSED, problem("The Idempotency-Key was used before with a different body.", 422,
        "idempotency-key-reused", "Idempotency-Key reused",
        "Idempotency-Key 7f3c9a52 was used for a different request; use a new key for a new request."));
    problems.put("TooManyRequests", problem("Too many calls in a short time; retry after the given seconds.", 429,
        "too-many-requests", "Too many requests", "Slow down: retry in 30 seconds.")
        .addHeaderObject("Retry-After", retryAfter()));
    problems.put("Unavailable", problem("The hub cannot reach its database just now; nothing was stored. Retry later"
        + " with the same Idempotency-Key.", 503, "unavailable", "Service unavailable",
        "The hub cannot reach its database just now. Nothing was stored; please retry in a minute.")
        .addHeaderObject("Retry-After", retryAfter()));
    return problems;
  }

  private static Header retryAfter() {
    return new Header().description("Seconds to wait before retrying").schema(new IntegerSchema().example(30));
  }

  private static ApiResponse problem(String description, int status, String type, String title, String detail) {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", ApiProblemResponses.TYPES + type);
    example.put("title", title);
    example.put("status", status);
    example.put("detail", detail);
    example.put("instance", "/api/v1/help-requests");
    if (status == 400) {
      example.put("errors", List.of(Map.of("field", "resident.address.postcode",
          "message", "is not a UK postcode, for example WA10 1AA")));
    }
    return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM,
        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))
            .addExamples(type, new Example().value(example))));
  }

  private static Schema<?> problemSchema() {
    return new ObjectSchema()
        .description("RFC 9457 problem details. `detail` says in plain words what to change.")
        .addProperty("type", new StringSchema().format("uri").example(ApiProblemResponses.TYPES + "invalid-request"))
        .addProperty("title", new StringSchema().example("Invalid request"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema().example("resident.address.postcode: is not a UK postcode"))
        .addProperty("instance", new StringSchema().description("The address that was called")
            .example("/api/v1/help-requests"))
        .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
            .description("On 400: each field that is wrong"))
        .addProperty("referralStatus", new StringSchema()._enum(Arrays.stream(ReferralStatus.values())
            .map(Enum::name).toList()).description("On 409: the referral's state"))
        .required(List.of("type", "title", "status"));
  }
}
