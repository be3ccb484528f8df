package org.communityhub.intake;

import org.communityhub.eligibility.Priority;

/**
 * What a staff task about a request shows on its Tasklist card: the reference, the district in
 * words ("Central St Helens (WA10)", null when not known yet) and the priority — the one decided,
 * or until then the one matching the urgency the resident gave ({@code decided} false).
 */
public record RequestCard(String reference, String district, Priority priority, boolean decided) {

  /** "P2: within 48 hours", or "asked for within 48 hours" before the rules or an officer decided. */
  public String priorityInWords() {
    return decided ? priority.name() + ": " + priority.promise() : "asked for " + priority.promise();
  }
}
