package org.communityhub.intake;

/**
 * What a caller of {@link IntakeService#submit} learns: the reference to quote and where the
 * request stands.
 *
 * @param attachedToReference the resident's open request this was added to, or null
 * @param signpost for a resident outside the council's area, the council to contact instead, or null:
 *     every channel tells the person (the desk, the online confirmation, a partner's API answer)
 */
public record IntakeResult(String reference, RequestStatus status, String attachedToReference, Signpost signpost) {

  public IntakeResult(String reference, RequestStatus status, String attachedToReference) {
    this(reference, status, attachedToReference, null);
  }

  /** The council an out-of-area resident is sent to, and its website. */
  public record Signpost(String council, String website) {}
}
