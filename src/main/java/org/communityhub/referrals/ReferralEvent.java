package org.communityhub.referrals;

import java.time.Instant;

/**
 * Something happened to a referral that its partner should hear of: it was sent to them,
 * withdrawn after they had it, or escalated because they had not acknowledged it in time.
 * Published inside the transaction that made the change, so a listener's outbox row commits with
 * it or not at all. Ids and status only: nothing about the resident.
 *
 * @param escalation the breach's number for ESCALATED (1, 2, …), otherwise 0
 */
public record ReferralEvent(What what, long referralId, long partnerId, String requestReference,
    ReferralStatus status, int escalation, Instant at) {

  public enum What { SENT, WITHDRAWN, ESCALATED }
}
