package org.communityhub.eligibility;

/** What the hub does for a request, as decided by eligibility.dmn or an officer. */
public enum EligibilityOutcome {
  /** A volunteer helps: volunteer dispatch continues. */
  VOLUNTEER,
  /** Another agency helps: multi-agency referral continues. */
  REFER,
  /** Pointed to the service directory; the request closes. */
  SIGNPOST,
  /** The rules cannot decide: an eligibility officer reviews. */
  REVIEW
}
