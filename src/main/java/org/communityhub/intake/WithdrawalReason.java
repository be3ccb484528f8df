package org.communityhub.intake;

/** Why staff withdrew or closed a request on the desk. */
public enum WithdrawalReason {
  NO_LONGER_NEEDED,
  HELPED_ELSEWHERE,
  DUPLICATE,
  /** Staff say why in their own words. */
  OTHER
}
