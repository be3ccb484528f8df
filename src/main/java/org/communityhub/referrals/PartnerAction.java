package org.communityhub.referrals;

/** What can happen to a referral, and the process message each partner action sends. */
public enum PartnerAction {
  SEND(null),
  WITHDRAW(null),
  ACKNOWLEDGE("ReferralAcknowledged"),
  ACCEPT("ReferralAccepted"),
  DECLINE("ReferralDeclined"),
  CLOSE("ReferralClosed");

  private final String messageName;

  PartnerAction(String messageName) {
    this.messageName = messageName;
  }

  /** The BPMN message (Message_X in partner-referral.bpmn) this action correlates. */
  public String messageName() {
    return messageName;
  }
}
