package org.communityhub.intake;

/**
 * What a caller of {@link IntakeService#submit} learns: the reference to quote and where the
 * request stands.
 *
 * @param attachedToReference the resident's open request this was added to, or null
 */
public record IntakeResult(String reference, RequestStatus status, String attachedToReference) {}
