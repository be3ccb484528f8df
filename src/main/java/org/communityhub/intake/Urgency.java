package org.communityhub.intake;

import org.communityhub.eligibility.Priority;

/** How soon the resident says they need help. */
public enum Urgency {
  /** Needs help today (no food or medicine left). */
  URGENT(Priority.P1, "Today: no food or medicine left"),
  /** Within the next two days. */
  SOON(Priority.P2, "In the next two days"),
  /** Within the week. */
  ROUTINE(Priority.P3, "This week");

  private final Priority matchingPriority;
  private final String words;

  Urgency(Priority matchingPriority, String words) {
    this.matchingPriority = matchingPriority;
    this.words = words;
  }

  /** "In the next two days": the urgency as the intake form words it. */
  public String words() {
    return words;
  }

  /** The priority whose promise matches what the resident asked for, until the rules or an officer set one. */
  public Priority matchingPriority() {
    return matchingPriority;
  }
}
