package org.communityhub.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates and times as GOV.UK style writes them ("3 March 2026 at 2:05pm"), in UK time. Used by the templates. */
@Component("deskFormat")
class DeskFormat {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  public String when(Instant instant) {
    if (instant == null) {
      return "";
    }
    var local = instant.atZone(UK);
    return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
  }

  /**
   * A length of time in words: "2 hours 5 minutes", "3 days 4 hours" (minutes left out from a day
   * on), "45 minutes", "less than a minute". Elapsed time, so a clock change does not add or lose an hour.
   */
  public String duration(Duration duration) {
    if (duration == null) {
      return "";
    }
    long days = duration.toDays();
    int hours = duration.toHoursPart();
    int minutes = duration.toMinutesPart();
    if (days > 0) {
      return (count(days, "day") + " " + (hours > 0 ? count(hours, "hour") : "")).strip();
    }
    if (hours > 0) {
      return (count(hours, "hour") + " " + (minutes > 0 ? count(minutes, "minute") : "")).strip();
    }
    return minutes > 0 ? count(minutes, "minute") : "less than a minute";
  }

  private static String count(long amount, String unit) {
    return amount + " " + unit + (amount == 1 ? "" : "s");
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** A feature's message as a sentence: "enter an email…" becomes "Enter an email…". */
  public String sentence(String message) {
    return message == null || message.isEmpty() ? "" : message.substring(0, 1).toUpperCase(Locale.UK) + message.substring(1);
  }
}
