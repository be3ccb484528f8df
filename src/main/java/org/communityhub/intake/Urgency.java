package org.communityhub.intake;

/** How soon the resident says they need help. */
public enum Urgency {
  /** Needs help today (no food or medicine left). */
  URGENT,
  /** Within the next two days. */
  SOON,
  /** Within the week. */
  ROUTINE
}
