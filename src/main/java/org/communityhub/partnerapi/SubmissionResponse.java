package org.communityhub.partnerapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.communityhub.intake.RequestStatus;

/**
 * The answer to a submission: the reference to quote and where the request stands.
 *
 * @param attachedTo the resident's open request this was added to, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A help request the partner submitted: its reference and where it stands.")
public record SubmissionResponse(
    @Schema(requiredMode = REQUIRED, pattern = "^HR-[0-9]{4}-[0-9]{6,}$", example = "HR-2026-000123") String reference,
    @Schema(requiredMode = REQUIRED, implementation = RequestStatus.class, example = "AWAITING_REFERRAL") String status,
    @Schema(pattern = "^HR-[0-9]{4}-[0-9]{6,}$", example = "HR-2026-000098",
        description = "The resident's open request this one was added to, when the resident already had one.")
    String attachedTo) {}
