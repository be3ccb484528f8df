package org.communityhub.eligibility;

/**
 * An eligibility decision: from the DMN rules or an officer's review.
 *
 * @param partnerType where a REFER goes; null for other outcomes
 * @param reason why, in words staff and auditors read
 * @param decidedBy "eligibility rules" or the officer's user id
 */
public record EligibilityDecision(
    EligibilityOutcome outcome, Priority priority, PartnerType partnerType, String reason, String decidedBy) {

  public static final String RULES = "eligibility rules";
  /** The key of eligibility.dmn's decision. */
  public static final String RULES_KEY = "eligibility";
}
