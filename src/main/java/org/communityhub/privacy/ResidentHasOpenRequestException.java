package org.communityhub.privacy;

/** A resident still being helped cannot be erased: close (or finish) their request first. */
public class ResidentHasOpenRequestException extends RuntimeException {

  private final String reference;

  ResidentHasOpenRequestException(String reference) {
    super("The resident still has an open request (" + reference + "): close it before erasing their data.");
    this.reference = reference;
  }

  /** The open request's reference. */
  public String reference() {
    return reference;
  }
}
