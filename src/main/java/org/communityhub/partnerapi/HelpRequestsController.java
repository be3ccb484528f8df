package org.communityhub.partnerapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.IntakeValidationException;
import org.communityhub.partners.Partner;
import org.communityhub.platform.validation.FieldError;
import org.springframework.http.MediaType;
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
@Tag(name = "Help requests", description = "Refer residents to the hub and follow the requests you submitted")
class HelpRequestsController {

  private final HelpRequestSubmissions submissions;
  private final IntakeService intake;
  private final CurrentPartner currentPartner;

  HelpRequestsController(HelpRequestSubmissions submissions, IntakeService intake, CurrentPartner currentPartner) {
    this.submissions = submissions;
    this.intake = intake;
    this.currentPartner = currentPartner;
  }

  @Operation(operationId = "submitHelpRequest", summary = "Refer a resident to the hub",
      description = "Starts helpline intake. With an Idempotency-Key a retry returns the first answer and creates"
          + " nothing; the same key with a different body is refused (422).",
      security = @SecurityRequirement(name = OpenApiConfig.SCHEME, scopes = PartnerAuthConfig.SCOPE_REQUESTS_WRITE))
  @ApiResponse(responseCode = "201", description = "Taken: quote the reference. A retry with the same"
      + " Idempotency-Key gets this same answer.",
      headers = @Header(name = "Location", description = "Where to follow the request",
          schema = @Schema(type = "string", example = "/api/v1/help-requests/HR-2026-000123")),
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(implementation = SubmissionResponse.class)))
  @ApiResponse(responseCode = "422", ref = OpenApiConfig.IDEMPOTENCY_KEY_REUSED)
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SubmissionResponse> submit(@AuthenticationPrincipal Jwt token,
      @Parameter(description = "Up to 100 letters, digits, '-' or '_'; a new one for each resident you refer,"
          + " the same one when you retry", example = "7f3c9a52-2b1e-4d0c-9c1a-5e8d2f6b4a10",
          schema = @Schema(type = "string", pattern = "^[A-Za-z0-9_-]{1,100}$"))
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

  @Operation(operationId = "getHelpRequest", summary = "Status of a request this partner submitted",
      security = @SecurityRequirement(name = OpenApiConfig.SCHEME, scopes = PartnerAuthConfig.SCOPE_REQUESTS_READ))
  @GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
  SubmissionResponse status(@AuthenticationPrincipal Jwt token,
      @Parameter(description = "The reference the hub gave when the request was submitted",
          example = "HR-2026-000123", schema = @Schema(type = "string", pattern = "^HR-[0-9]{4}-[0-9]{6,}$"))
      @PathVariable String reference) {
    Partner partner = currentPartner.of(token);
    HelpRequest request = intake.findByReference(reference)
        .filter(r -> partner.getClientId().equals(r.getSubmittedBy()))
        .orElseThrow(() -> new NotFoundException("No help request " + reference + " submitted by this partner."));
    return intake.findResult(request.getReference()).map(SubmissionResponse::of)
        .orElseGet(() -> new SubmissionResponse(request.getReference(), request.getStatus().name(), null));
  }
}
