package org.communityhub.eligibility;

/** How soon help must reach the resident. */
public enum Priority {
  /** Same day. */
  P1,
  /** Within 48 hours. */
  P2,
  /** Within 7 days. */
  P3
}
