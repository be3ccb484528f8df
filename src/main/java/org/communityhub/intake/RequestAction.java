package org.communityhub.intake;

import java.time.Instant;

/**
 * What staff did to a request on the desk: a note, contact details updated, a referral, a
 * withdrawal or closure. {@code note} is null once the resident has been erased ({@code erased}).
 */
public record RequestAction(Kind kind, String summary, String note, String recordedBy, Instant recordedAt,
    boolean erased) {

  public enum Kind {
    NOTE, CONTACT_UPDATED, REFERRED, WITHDRAWN
  }
}
