package org.communityhub.reports;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.communityhub.platform.ReportPeriods;

/** A time as the desk writes it ("3 March 2026 at 2:05pm", UK time), for report tables and their downloads. */
final class DeskTimes {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  private DeskTimes() {}

  static String when(Instant instant) {
    if (instant == null) {
      return "";
    }
    var local = instant.atZone(ReportPeriods.UK);
    return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
  }
}
