package org.communityhub.dispatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
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
 * @param daytime the hours volunteers are asked to help in (UK time): a task's window stays inside them
 */
@ConfigurationProperties("hub.dispatch")
@Validated
public record DispatchSettings(
    @NotNull Map<Priority, Duration> offerTimeout,
    @NotNull Map<Priority, Duration> chaseAfter,
    @NotNull Map<Priority, Duration> window,
    @NotNull Duration recentAssignmentsPeriod,
    @NotNull Duration fairnessRecountEvery,
    @NotNull @Valid Daytime daytime) {

  /**
   * hub.dispatch.daytime.*: a request that comes in outside these hours is offered for the next
   * daytime, unless its priority is one of {@code overnight}; a window is cut at the end of the
   * daytime it ends in, unless that leaves less than {@code shortestWindow}, when it starts at the
   * next daytime instead.
   *
   * @param start when the daytime begins, 24-hour "08:00"
   * @param end when it ends, "20:00", after start
   * @param shortestWindow the least time a volunteer is given in one daytime
   * @param overnight priorities offered at once at any hour (none by default)
   */
  public record Daytime(
      @NotNull @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$", message = "use 24-hour time like 08:00") String start,
      @NotNull @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$", message = "use 24-hour time like 20:00") String end,
      @NotNull Duration shortestWindow,
      Set<Priority> overnight) {

    public Daytime {
      overnight = overnight == null ? Set.of() : Set.copyOf(overnight);
      if (start != null && end != null && start.matches("^\\d\\d:\\d\\d$") && end.matches("^\\d\\d:\\d\\d$")
          && !LocalTime.parse(end).isAfter(LocalTime.parse(start))) {
        throw new IllegalArgumentException("Set hub.dispatch.daytime.end (" + end + ") later than its start (" + start + ")");
      }
    }

    LocalTime startTime() {
      return LocalTime.parse(start);
    }

    LocalTime endTime() {
      return LocalTime.parse(end);
    }
  }

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
