package org.communityhub.desk;

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

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** A feature's message as a sentence: "enter an email…" becomes "Enter an email…". */
  public String sentence(String message) {
    return message == null || message.isEmpty() ? "" : message.substring(0, 1).toUpperCase(Locale.UK) + message.substring(1);
  }
}
