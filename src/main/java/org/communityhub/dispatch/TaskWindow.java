package org.communityhub.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a task must be done: from when it is built, for its priority's window, kept inside the
 * daytime hours (hub.dispatch.daytime). Without this an urgent request taken at 9:25pm was offered
 * as "between 9:25pm and 9:25am": shopping overnight.
 */
record TaskWindow(Instant start, Instant end) {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  /**
   * @param now when the task is built
   * @param length the priority's window (hub.dispatch.window)
   * @param atAnyHour the priority is offered overnight too (hub.dispatch.daytime.overnight)
   */
  static TaskWindow of(Instant now, Duration length, DispatchSettings.Daytime daytime, boolean atAnyHour) {
    if (atAnyHour) {
      return new TaskWindow(now, now.plus(length));
    }
    LocalTime dayStart = daytime.startTime();
    LocalTime dayEnd = daytime.endTime();
    ZonedDateTime local = now.atZone(UK);
    Instant start = inDaytime(local.toLocalTime(), dayStart, dayEnd) ? now : nextDaytime(local, dayStart);
    TaskWindow window = clipped(start, length, dayStart, dayEnd);
    if (Duration.between(window.start, window.end).compareTo(daytime.shortestWindow()) < 0
        && length.compareTo(daytime.shortestWindow()) >= 0) {
      // too little of today's daytime left: tomorrow's
      window = clipped(nextDaytime(start.atZone(UK), dayStart), length, dayStart, dayEnd);
    }
    return window;
  }

  /**
   * How long a volunteer has to answer an offer sent now: the priority's offer timeout, counted from
   * when the window opens if that is later, so an offer sent at 9:30pm for the next morning does not
   * expire while the volunteer sleeps and pass the request from one sleeping volunteer to the next.
   */
  static Duration answerTime(Instant now, Instant windowStart, Duration offerTimeout) {
    return windowStart.isAfter(now) ? Duration.between(now, windowStart).plus(offerTimeout) : offerTimeout;
  }

  /** From start for length, or until the end of the daytime it would otherwise leave. */
  private static TaskWindow clipped(Instant start, Duration length, LocalTime dayStart, LocalTime dayEnd) {
    Instant end = start.plus(length);
    ZonedDateTime localEnd = end.atZone(UK);
    if (!inDaytime(localEnd.toLocalTime(), dayStart, dayEnd) && !localEnd.toLocalTime().equals(dayEnd)) {
      // back to the end of the last daytime before it
      LocalDate day = localEnd.toLocalTime().isBefore(dayStart) ? localEnd.toLocalDate().minusDays(1)
          : localEnd.toLocalDate();
      end = day.atTime(dayEnd).atZone(UK).toInstant();
    }
    return new TaskWindow(start, end.isAfter(start) ? end : start);
  }

  private static boolean inDaytime(LocalTime time, LocalTime dayStart, LocalTime dayEnd) {
    return !time.isBefore(dayStart) && time.isBefore(dayEnd);
  }

  private static Instant nextDaytime(ZonedDateTime local, LocalTime dayStart) {
    LocalDate day = local.toLocalTime().isBefore(dayStart) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
    return day.atTime(dayStart).atZone(UK).toInstant();
  }
}
