package org.communityhub.referrals;

/** A partner action that does not fit where the referral stands: the API answers 409. */
public class ReferralStateException extends RuntimeException {

  private final ReferralStatus status;

  ReferralStateException(Long referralId, PartnerAction action, ReferralStatus status) {
    super("Referral " + referralId + " is " + status + ": it cannot be " + pastTense(action) + " now.");
    this.status = status;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  private static String pastTense(PartnerAction action) {
    return switch (action) {
      case SEND -> "sent";
      case WITHDRAW -> "withdrawn";
      case ACKNOWLEDGE -> "acknowledged";
      case ACCEPT -> "accepted";
      case DECLINE -> "declined";
      case CLOSE -> "closed";
    };
  }
}
