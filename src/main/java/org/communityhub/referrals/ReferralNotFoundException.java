package org.communityhub.referrals;

/** No such referral for this partner: the API answers 404, never revealing another partner's referral. */
public class ReferralNotFoundException extends RuntimeException {

  ReferralNotFoundException(long referralId) {
    super("No referral " + referralId + " for this partner.");
  }
}
