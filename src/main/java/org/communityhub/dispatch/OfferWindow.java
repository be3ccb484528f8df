package org.communityhub.dispatch;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A task's time window as a volunteer reads it: "between Monday 7 December, 9:00am and …", UK time. */
final class OfferWindow {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, h:mma", Locale.UK);

  private OfferWindow() {}

  static String describe(Instant start, Instant end) {
    return "between " + format(start) + " and " + format(end);
  }

  private static String format(Instant instant) {
    return WHEN.format(instant.atZone(UK)).replace("AM", "am").replace("PM", "pm");
  }
}
