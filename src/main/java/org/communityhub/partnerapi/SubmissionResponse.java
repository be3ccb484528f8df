package org.communityhub.partnerapi;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to a submission: the reference to quote and where the request stands.
 *
 * @param attachedTo the resident's open request this was added to, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionResponse(String reference, String status, String attachedTo) {}
