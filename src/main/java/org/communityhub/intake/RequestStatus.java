package org.communityhub.intake;

import java.util.EnumSet;
import java.util.Set;

/** Where a help request stands. */
public enum RequestStatus {
  RECEIVED,
  IN_REVIEW,
  AWAITING_VOLUNTEER,
  AWAITING_REFERRAL,
  SIGNPOSTED,
  OUT_OF_AREA,
  /** Added to the resident's open request instead of opening a second one. */
  ATTACHED,
  CLOSED;

  /** Statuses in which a new request from the same resident is attached rather than opened. */
  public static final Set<RequestStatus> OPEN = EnumSet.of(RECEIVED, IN_REVIEW, AWAITING_VOLUNTEER, AWAITING_REFERRAL);
}
