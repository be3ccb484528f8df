package org.communityhub.dispatch;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.communityhub.eligibility.Priority;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub.dispatch.*, checked at start; the defaults are in application.yaml, nowhere else.
 *
 * @param offerTimeout how long a volunteer has to answer an offer, by priority
 * @param chaseAfter when an accepted task with no outcome yet goes to 'Chase volunteer', by priority
 * @param window the time window a task must be done in, from when it is built, by priority
 * @param recentAssignmentsPeriod the period "recent assignments" count over for fairness
 * @param fairnessRecountEvery how often volunteers' recent-assignment counts are aged (read by its schedule)
 */
@ConfigurationProperties("hub.dispatch")
@Validated
public record DispatchSettings(
    @NotNull Map<Priority, Duration> offerTimeout,
    @NotNull Map<Priority, Duration> chaseAfter,
    @NotNull Map<Priority, Duration> window,
    @NotNull Duration recentAssignmentsPeriod,
    @NotNull Duration fairnessRecountEvery) {

  public DispatchSettings {
    everyPriority(offerTimeout, "offer-timeout");
    everyPriority(chaseAfter, "chase-after");
    everyPriority(window, "window");
  }

  Duration offerTimeout(Priority priority) {
    return offerTimeout.get(priority);
  }

  Duration chaseAfter(Priority priority) {
    return chaseAfter.get(priority);
  }

  Duration window(Priority priority) {
    return window.get(priority);
  }

  private static void everyPriority(Map<Priority, Duration> byPriority, String name) {
    if (byPriority == null) {
      return; // @NotNull names the setting
    }
    EnumSet<Priority> missing = EnumSet.allOf(Priority.class);
    missing.removeAll(byPriority.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Set hub.dispatch." + name + " for " + missing
          + " (an ISO duration such as PT30M)");
    }
  }
}
