package org.communityhub.referrals;

import java.time.Duration;
import java.time.Instant;
import org.communityhub.eligibility.Priority;

/**
 * A referral sent to a partner and not acknowledged within the partner's acknowledgement SLA for
 * its priority. No resident details: the request's reference is enough to find it.
 */
public record UnacknowledgedReferral(long id, String requestReference, String partnerName, Priority priority,
    Instant sentAt, Duration sla) {

  /** When the partner should have acknowledged it by. */
  public Instant due() {
    return sentAt.plus(sla);
  }
}
