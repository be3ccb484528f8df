package org.communityhub.desk;

import java.time.Instant;

/**
 * One thing that happened to a request. The page words it from {@code kind} (messages.properties,
 * "timeline." keys) with {@code subject} in the sentence and {@code detail} beneath it.
 */
record TimelineEntry(Instant at, Kind kind, String subject, String detail) {

  enum Kind {
    RECEIVED, ATTACHED, ELIGIBILITY_DECIDED, SIGNPOSTED,
    OFFER_SENT, OFFER_DECLINED, OFFER_EXPIRED, OFFER_WITHDRAWN, ASSIGNED, OUTCOME_REPORTED,
    REFERRAL_OPENED, REFERRAL_SENT, REFERRAL_ACKNOWLEDGED, REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_CLOSED,
    DISCLOSED, CLOSED,
    // what staff did on the desk (subject: who did it)
    NOTE, CONTACT_UPDATED, REFERRED, WITHDRAWN
  }
}
