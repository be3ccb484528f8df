package org.communityhub.partnerapi;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.communityhub.intake.IntakeValidationException;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.referrals.PartnerAction;
import org.communityhub.referrals.PartnerReferralView;
import org.communityhub.referrals.ReferralService;
import org.communityhub.referrals.ReferralStatus;
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
class ReferralsController {

  private final ReferralService referrals;
  private final CurrentPartner currentPartner;

  ReferralsController(ReferralService referrals, CurrentPartner currentPartner) {
    this.referrals = referrals;
    this.currentPartner = currentPartner;
  }

  @Operation(summary = "Referrals sent to this partner", description = "Optionally only those with the given status.")
  @GetMapping
  List<PartnerReferralView> list(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) ReferralStatus status) {
    return referrals.forPartner(currentPartner.of(token).getId(), status);
  }

  @Operation(summary = "One referral sent to this partner")
  @GetMapping("/{id}")
  PartnerReferralView get(@AuthenticationPrincipal Jwt token, @PathVariable long id) {
    return referrals.forPartner(currentPartner.of(token).getId(), id);
  }

  @Operation(summary = "Acknowledge receipt (stops the acknowledgement SLA)")
  @PostMapping("/{id}/acknowledge")
  PartnerReferralView acknowledge(@AuthenticationPrincipal Jwt token, @PathVariable long id) {
    return referrals.act(currentPartner.of(token).getId(), id, PartnerAction.ACKNOWLEDGE, null);
  }

  @Operation(summary = "Accept the referral (after acknowledging it)")
  @PostMapping("/{id}/accept")
  PartnerReferralView accept(@AuthenticationPrincipal Jwt token, @PathVariable long id) {
    return referrals.act(currentPartner.of(token).getId(), id, PartnerAction.ACCEPT, null);
  }

  @Operation(summary = "Decline the referral, saying why; the hub finds other support")
  @PostMapping("/{id}/decline")
  PartnerReferralView decline(@AuthenticationPrincipal Jwt token, @PathVariable long id,
      @RequestBody(required = false) Decline body) {
    String reason = required(body == null ? null : body.reason(), "reason", "say why the referral is declined");
    return referrals.act(currentPartner.of(token).getId(), id, PartnerAction.DECLINE, reason);
  }

  @Operation(summary = "Close an accepted referral with its outcome")
  @PostMapping("/{id}/close")
  PartnerReferralView close(@AuthenticationPrincipal Jwt token, @PathVariable long id,
      @RequestBody(required = false) Close body) {
    String outcome = required(body == null ? null : body.outcome(), "outcome", "say what was done for the resident");
    return referrals.act(currentPartner.of(token).getId(), id, PartnerAction.CLOSE, outcome);
  }

  record Decline(String reason) {}

  record Close(String outcome) {}

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
