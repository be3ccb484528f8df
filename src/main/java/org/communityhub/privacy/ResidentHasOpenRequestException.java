package org.communityhub.privacy;

/** A resident still being helped cannot be erased: close (or finish) their request first. */
public class ResidentHasOpenRequestException extends RuntimeException {

  ResidentHasOpenRequestException(String reference) {
    super("The resident still has an open request (" + reference + "): close it before erasing their data.");
  }
}
