package org.communityhub.referrals;

/**
 * The result of opening a referral.
 *
 * @param referralId null when no partner of the type exists
 * @param readyToSend consent given, or a safeguarding referral that goes without it
 * @param partnerName who it goes to, for staff tasks
 */
public record ReferralOpening(Long referralId, boolean readyToSend, String partnerName) {

  public boolean partnerFound() {
    return referralId != null;
  }
}
