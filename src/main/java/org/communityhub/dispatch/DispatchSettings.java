package org.communityhub.dispatch;

import java.time.Duration;
import java.util.Map;
import org.communityhub.eligibility.Priority;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * hub.dispatch.*: how long a volunteer has to answer an offer, when to chase an accepted task,
 * the time window a task must be done in (each by priority), and the period "recent
 * assignments" count over for fairness.
 */
@ConfigurationProperties("hub.dispatch")
public record DispatchSettings(
    Map<Priority, Duration> offerTimeout,
    Map<Priority, Duration> chaseAfter,
    Map<Priority, Duration> window,
    Duration recentAssignmentsPeriod) {

  Duration offerTimeout(Priority priority) {
    return required(offerTimeout, priority, "offer-timeout");
  }

  Duration chaseAfter(Priority priority) {
    return required(chaseAfter, priority, "chase-after");
  }

  Duration window(Priority priority) {
    return required(window, priority, "window");
  }

  private static Duration required(Map<Priority, Duration> byPriority, Priority priority, String name) {
    Duration duration = byPriority == null ? null : byPriority.get(priority);
    if (duration == null) {
      throw new IllegalStateException("Set hub.dispatch." + name + "." + priority + " (an ISO duration such as PT30M)");
    }
    return duration;
  }
}
