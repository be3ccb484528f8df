package org.communityhub.platform;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One option of a page's radios, checkboxes or select: the value posted and the words a person reads. */
public record Choice(String value, String label) {

  /** Monday to Sunday, as the pages ask which days someone is free. */
  public static List<Choice> daysOfWeek() {
    return Arrays.stream(DayOfWeek.values())
        .map(day -> new Choice(day.name(), day.getDisplayName(TextStyle.FULL, Locale.UK))).toList();
  }
}
