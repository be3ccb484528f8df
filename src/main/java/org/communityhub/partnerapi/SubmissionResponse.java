package org.communityhub.partnerapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.communityhub.intake.RequestStatus;

/**
 * The answer to a submission: the reference to quote and where the request stands.
 *
 * @param attachedTo the resident's open request this was added to, if any
 * @param signpostedTo for a resident outside the council's area, the council to send them to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A help request the partner submitted: its reference and where it stands.")
public record SubmissionResponse(
    @Schema(requiredMode = REQUIRED, pattern = "^HR-[0-9]{4}-[0-9]{6,}$", example = "HR-2026-000123") String reference,
    @Schema(requiredMode = REQUIRED, implementation = RequestStatus.class, example = "AWAITING_REFERRAL") String status,
    @Schema(pattern = "^HR-[0-9]{4}-[0-9]{6,}$", example = "HR-2026-000098", nullable = true,
        description = "The resident's open request this one was added to, when the resident already had one.")
    String attachedTo,
    @Schema(description = "Only when status is OUT_OF_AREA: the resident lives outside the council's area; "
        + "tell them to contact this council instead", nullable = true) SignpostedTo signpostedTo) {

  SubmissionResponse(String reference, String status, String attachedTo) {
    this(reference, status, attachedTo, null);
  }

  static SubmissionResponse of(org.communityhub.intake.IntakeResult result) {
    return new SubmissionResponse(result.reference(), result.status().name(), result.attachedToReference(),
        result.signpost() == null ? null
            : new SignpostedTo(result.signpost().council(), result.signpost().website()));
  }

  /** The resident's own council, to tell them where to go. */
  @Schema(description = "The council an out-of-area resident should contact")
  public record SignpostedTo(
      @Schema(requiredMode = REQUIRED, description = "The council's name", example = "Halton Borough Council") String council,
      @Schema(requiredMode = REQUIRED, description = "The council's website", example = "https://www3.halton.gov.uk") String website) {}
}
