package org.communityhub.referrals;

import java.time.Instant;

/** One referral of a request as staff follow it: to whom, and each answer the partner gave. */
public record RequestReferral(long id, String partnerName, ReferralStatus status, boolean safeguarding,
    String reason, String declineReason, String outcome, Instant openedAt, Instant sentAt, Instant acknowledgedAt,
    Instant acceptedAt, Instant closedAt) {

  RequestReferral(Referral referral, String partnerName) {
    this(referral.getId(), partnerName, referral.getStatus(), referral.isSafeguarding(), referral.getReason(),
        referral.getDeclineReason(), referral.getOutcome(), referral.getCreatedAt(), referral.getSentAt(),
        referral.getAcknowledgedAt(), referral.getAcceptedAt(), referral.getClosedAt());
  }
}
