package org.communityhub.referrals;

/** A referral's life: opened, sent, acknowledged by the partner, accepted or declined, closed. */
public enum ReferralStatus {
  /** Opened; not sent until the resident consents (or it is a safeguarding referral). */
  OPENED,
  SENT,
  ACKNOWLEDGED,
  ACCEPTED,
  DECLINED,
  CLOSED,
  /** Not sent: the resident refused consent. */
  WITHDRAWN
}
