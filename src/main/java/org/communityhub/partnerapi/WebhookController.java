package org.communityhub.partnerapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.communityhub.partners.Partner;
import org.communityhub.webhooks.PartnerWebhook;
import org.communityhub.webhooks.WebhookRegistration;
import org.communityhub.webhooks.WebhookService;
import org.communityhub.webhooks.WebhookStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner's own webhook: where the hub POSTs its events (a referral sent to it, withdrawn or
 * escalated; a status change of a request it submitted), signed as Standard Webhooks has it.
 */
@RestController
@RequestMapping("/api/v1/webhook")
@Tag(name = "Webhook", description = "Be told of your events instead of polling (README, \"Partner notifications\")")
class WebhookController {

  private final WebhookService webhooks;
  private final CurrentPartner currentPartner;

  WebhookController(WebhookService webhooks, CurrentPartner currentPartner) {
    this.webhooks = webhooks;
    this.currentPartner = currentPartner;
  }

  @Schema(description = "Where the hub should send your events")
  record WebhookRequest(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000, pattern = "^(https://|http://localhost)\\S+$",
          description = "An https address (http only to localhost on a demo hub), without a user name or password",
          example = "https://referrals.example-foodbank.org.uk/hub-events")
      String url) {}

  @Schema(description = "Your webhook. The signing secret is shown only when the webhook is created")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record WebhookResponse(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "https://referrals.example-foodbank.org.uk/hub-events")
      String url,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
          description = "ACTIVE: events are sent; FAILING: sending stopped after repeated failures until the"
              + " hub's administrators switch it back on or you register it again; your events wait meanwhile")
      WebhookStatus status,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant registeredAt,
      Instant lastDeliveryAt,
      Instant lastFailureAt,
      @Schema(example = "the server answered HTTP 500") String lastFailure,
      Instant failingSince,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Events not yet delivered")
      int waitingEvents,
      @Schema(description = "Only in the answer that created the webhook: keep it, it is not shown again",
          example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
      String signingSecret) {

    static WebhookResponse of(PartnerWebhook webhook, String secret) {
      return new WebhookResponse(webhook.url(), webhook.status(), webhook.registeredAt(), webhook.lastDeliveryAt(),
          webhook.lastFailureAt(), webhook.lastFailure(), webhook.failingSince(), webhook.waitingEvents(), secret);
    }
  }

  @Schema(description = "A new signing secret; the old one stops at once")
  record SigningSecret(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
      String signingSecret) {}

  @Operation(operationId = "registerWebhook", summary = "Register your webhook or change its address",
      description = "The first registration answers 201 with the signing secret, shown this once. Registering again"
          + " changes the address (200, no secret) and switches a failing webhook back on. Scope webhooks:manage.",
      security = @SecurityRequirement(name = OpenApiConfig.SCHEME, scopes = PartnerAuthConfig.SCOPE_WEBHOOKS_MANAGE))
  @ApiResponse(responseCode = "201", description = "Registered; the answer holds the signing secret",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WebhookResponse.class)))
  @ApiResponse(responseCode = "200", description = "The address changed; the secret is unchanged and not shown",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WebhookResponse.class)))
  @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WebhookResponse> register(@AuthenticationPrincipal Jwt token,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true) @RequestBody(required = false)
      WebhookRequest body) {
    Partner partner = currentPartner.of(token);
    WebhookRegistration registration = webhooks.register(partner.getId(), body == null ? null : body.url());
    return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(WebhookResponse.of(registration.webhook(), registration.signingSecret()));
  }

  @Operation(operationId = "getWebhook", summary = "Your webhook: its address and whether it is working (never the secret)",
      security = @SecurityRequirement(name = OpenApiConfig.SCHEME, scopes = PartnerAuthConfig.SCOPE_WEBHOOKS_MANAGE))
  @ApiResponse(responseCode = "200", description = "Your webhook",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WebhookResponse.class)))
  @ApiResponse(responseCode = "404", ref = "NotFound")
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  WebhookResponse get(@AuthenticationPrincipal Jwt token) {
    return WebhookResponse.of(webhooks.find(currentPartner.of(token).getId())
        .orElseThrow(WebhookController::noWebhook), null);
  }

  @Operation(operationId = "removeWebhook", summary = "Remove your webhook; events not yet delivered are dropped",
      security = @SecurityRequirement(name = OpenApiConfig.SCHEME, scopes = PartnerAuthConfig.SCOPE_WEBHOOKS_MANAGE))
  @ApiResponse(responseCode = "204", description = "Removed")
  @ApiResponse(responseCode = "404", ref = "NotFound")
  @DeleteMapping
  ResponseEntity<Void> remove(@AuthenticationPrincipal Jwt token) {
    if (!webhooks.remove(currentPartner.of(token).getId())) {
      throw noWebhook();
    }
    return ResponseEntity.noContent().build();
  }

  @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
      description = "Answers a new secret, shown this once. Events sent from now on, retries included, are signed"
          + " with it; the old secret stops at once.",
      security = @SecurityRequirement(name = OpenApiConfig.SCHEME, scopes = PartnerAuthConfig.SCOPE_WEBHOOKS_MANAGE))
  @ApiResponse(responseCode = "200", description = "The new secret",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SigningSecret.class)))
  @ApiResponse(responseCode = "404", ref = "NotFound")
  @PostMapping(path = "/secret", produces = MediaType.APPLICATION_JSON_VALUE)
  SigningSecret rotate(@AuthenticationPrincipal Jwt token) {
    return new SigningSecret(webhooks.rotateSecret(currentPartner.of(token).getId())
        .orElseThrow(WebhookController::noWebhook));
  }

  private static NotFoundException noWebhook() {
    return new NotFoundException("You have no webhook. Register one with PUT /api/v1/webhook.");
  }
}
