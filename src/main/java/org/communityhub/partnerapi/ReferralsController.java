package org.communityhub.partnerapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.communityhub.intake.IntakeValidationException;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.referrals.PartnerAction;
import org.communityhub.referrals.PartnerReferralView;
import org.communityhub.referrals.ReferralService;
import org.communityhub.referrals.ReferralStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals the hub sent to this partner, with only the fields its agreement allows, and its answers. */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Referrals", description = "Referrals the hub sent you: read them, then acknowledge, accept, decline, close")
class ReferralsController {

  private final ReferralService referrals;
  private final CurrentPartner currentPartner;

  ReferralsController(ReferralService referrals, CurrentPartner currentPartner) {
    this.referrals = referrals;
    this.currentPartner = currentPartner;
  }

  @Operation(operationId = "listReferrals", summary = "Referrals sent to this partner",
      description = "Optionally only those with the given status.", security = @SecurityRequirement(name = OpenApiConfig.SCHEME, scopes = PartnerAuthConfig.SCOPE_REFERRALS_READ))
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  List<PartnerReferralView> list(@AuthenticationPrincipal Jwt token,
      @Parameter(description = "Only referrals in this status", example = "SENT",
          schema = @Schema(implementation = ReferralStatus.class))
      @RequestParam(required = false) String status) {
    return referrals.forPartner(currentPartner.of(token).getId(), status == null ? null : statusOf(status));
  }

  /** An empty or unknown status is a mistake to point out, not a filter that matches nothing. */
  private static ReferralStatus statusOf(String status) {
    try {
      return ReferralStatus.valueOf(status.trim());
    } catch (IllegalArgumentException e) {
      throw new IntakeValidationException(List.of(new FieldError("status",
          "must be one of " + Arrays.toString(ReferralStatus.values()) + ", or left out for every referral")));
    }
  }

  @Operation(operationId = "getReferral", summary = "One referral sent to this partner",
      security = @SecurityRequirement(name = OpenApiConfig.SCHEME, scopes = PartnerAuthConfig.SCOPE_REFERRALS_READ))
  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  PartnerReferralView get(@AuthenticationPrincipal Jwt token, @Parameter(description = "The referral's id, as the list gives it", example = "4711") @PathVariable long id) {
    return referrals.forPartner(currentPartner.of(token).getId(), id);
  }

  @Operation(operationId = "acknowledgeReferral", summary = "Acknowledge receipt (stops the acknowledgement SLA)",
      security = @SecurityRequirement(name = OpenApiConfig.SCHEME, scopes = PartnerAuthConfig.SCOPE_REFERRALS_WRITE))
  @PostMapping(path = "/{id}/acknowledge", produces = MediaType.APPLICATION_JSON_VALUE)
  PartnerReferralView acknowledge(@AuthenticationPrincipal Jwt token, @Parameter(description = "The referral's id, as the list gives it", example = "4711") @PathVariable long id) {
    return referrals.act(currentPartner.of(token).getId(), id, PartnerAction.ACKNOWLEDGE, null);
  }

  @Operation(operationId = "acceptReferral", summary = "Accept the referral (after acknowledging it)",
      security = @SecurityRequirement(name = OpenApiConfig.SCHEME, scopes = PartnerAuthConfig.SCOPE_REFERRALS_WRITE))
  @PostMapping(path = "/{id}/accept", produces = MediaType.APPLICATION_JSON_VALUE)
  PartnerReferralView accept(@AuthenticationPrincipal Jwt token, @Parameter(description = "The referral's id, as the list gives it", example = "4711") @PathVariable long id) {
    return referrals.act(currentPartner.of(token).getId(), id, PartnerAction.ACCEPT, null);
  }

  @Operation(operationId = "declineReferral", summary = "Decline the referral, saying why; the hub finds other support",
      security = @SecurityRequirement(name = OpenApiConfig.SCHEME, scopes = PartnerAuthConfig.SCOPE_REFERRALS_WRITE))
  @PostMapping(path = "/{id}/decline", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  PartnerReferralView decline(@AuthenticationPrincipal Jwt token, @Parameter(description = "The referral's id, as the list gives it", example = "4711") @PathVariable long id,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true) @RequestBody(required = false) Decline body) {
    String reason = required(body == null ? null : body.reason(), "reason", "say why the referral is declined");
    return referrals.act(currentPartner.of(token).getId(), id, PartnerAction.DECLINE, reason);
  }

  @Operation(operationId = "closeReferral", summary = "Close an accepted referral with its outcome",
      security = @SecurityRequirement(name = OpenApiConfig.SCHEME, scopes = PartnerAuthConfig.SCOPE_REFERRALS_WRITE))
  @PostMapping(path = "/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  PartnerReferralView close(@AuthenticationPrincipal Jwt token, @Parameter(description = "The referral's id, as the list gives it", example = "4711") @PathVariable long id,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true) @RequestBody(required = false) Close body) {
    String outcome = required(body == null ? null : body.outcome(), "outcome", "say what was done for the resident");
    return referrals.act(currentPartner.of(token).getId(), id, PartnerAction.CLOSE, outcome);
  }

  @Schema(name = "DeclineReferral", description = "Why the partner cannot help; the hub finds other support.")
  record Decline(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 1000,
      example = "We have no capacity in the resident's area this month.") String reason) {}

  @Schema(name = "CloseReferral", description = "What the partner did for the resident.")
  record Close(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 1000,
      example = "Moved to sheltered housing on 3 March.") String outcome) {}

  private static String required(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new IntakeValidationException(List.of(new FieldError(field, message)));
    }
    if (value.length() > 1000) {
      throw new IntakeValidationException(List.of(new FieldError(field, "must be at most 1000 characters")));
    }
    return value.trim();
  }
}
