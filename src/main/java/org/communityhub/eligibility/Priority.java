package org.communityhub.eligibility;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * How soon help must reach the resident: the hub's one definition of each promise, used for the
 * due dates of staff tasks in Tasklist (and worded on the officer's form as "P1: same day" etc.).
 */
public enum Priority {
  /** Same day. */
  P1("same day", null, 90),
  /** Within 48 hours. */
  P2("within 48 hours", Duration.ofHours(48), 60),
  /** Within 7 days. */
  P3("within 7 days", Duration.ofDays(7), 30);

  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private final String promise;
  private final Duration within;
  private final int taskPriority;

  Priority(String promise, Duration within, int taskPriority) {
    this.promise = promise;
    this.within = within;
    this.taskPriority = taskPriority;
  }

  /** "within 48 hours": the promise in words. */
  public String promise() {
    return promise;
  }

  /** When help promised at {@code raised} is due: P1 by the end of that day (UK time), else after a period. */
  public Instant dueBy(Instant raised) {
    if (within == null) {
      return raised.atZone(COUNCIL_TIME).toLocalDate().atTime(LocalTime.of(23, 59)).atZone(COUNCIL_TIME).toInstant();
    }
    return raised.plus(within);
  }

  /** A Camunda task priority (higher comes first in Tasklist's "priority" sort; Camunda's default is 50). */
  public int taskPriority() {
    return taskPriority;
  }
}
