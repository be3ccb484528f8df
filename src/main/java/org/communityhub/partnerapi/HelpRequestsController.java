package org.communityhub.partnerapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.util.List;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.IntakeValidationException;
import org.communityhub.partners.Partner;
import org.communityhub.platform.validation.FieldError;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Partners refer residents to the hub and follow the requests they submitted. */
@RestController
@RequestMapping("/api/v1/help-requests")
class HelpRequestsController {

  private final HelpRequestSubmissions submissions;
  private final IntakeService intake;
  private final CurrentPartner currentPartner;

  HelpRequestsController(HelpRequestSubmissions submissions, IntakeService intake, CurrentPartner currentPartner) {
    this.submissions = submissions;
    this.intake = intake;
    this.currentPartner = currentPartner;
  }

  @Operation(summary = "Refer a resident to the hub",
      description = "Starts helpline intake. With an Idempotency-Key a retry returns the first answer and creates nothing.")
  @PostMapping
  ResponseEntity<SubmissionResponse> submit(@AuthenticationPrincipal Jwt token,
      @Parameter(description = "Up to 100 letters, digits, '-' or '_'; unique per request you mean to make")
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody HelpRequestSubmission submission) {
    if (idempotencyKey != null && !idempotencyKey.matches("[A-Za-z0-9_-]{1,100}")) {
      throw new IntakeValidationException(List.of(new FieldError("Idempotency-Key",
          "use up to 100 letters, digits, '-' or '_'")));
    }
    Partner partner = currentPartner.of(token);
    HelpRequestSubmissions.Answer answer = submissions.submit(partner, idempotencyKey, submission);
    return ResponseEntity.status(answer.status())
        .location(URI.create("/api/v1/help-requests/" + answer.body().reference()))
        .body(answer.body());
  }

  @Operation(summary = "Status of a request this partner submitted")
  @GetMapping("/{reference}")
  SubmissionResponse status(@AuthenticationPrincipal Jwt token, @PathVariable String reference) {
    Partner partner = currentPartner.of(token);
    HelpRequest request = intake.findByReference(reference)
        .filter(r -> partner.getClientId().equals(r.getSubmittedBy()))
        .orElseThrow(() -> new NotFoundException("No help request " + reference + " submitted by this partner."));
    return intake.findResult(request.getReference()).map(SubmissionResponse::of)
        .orElseGet(() -> new SubmissionResponse(request.getReference(), request.getStatus().name(), null));
  }
}
