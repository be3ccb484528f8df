package org.communityhub.volunteers;

import java.time.LocalTime;

/**
 * The parts of a day a volunteer says they are free, UK time: morning until noon, afternoon until
 * 5pm, evening after. Dispatch asks for the parts a task's window touches.
 */
public enum TimeOfDay {
  MORNING("Morning", LocalTime.MIN, LocalTime.NOON),
  AFTERNOON("Afternoon", LocalTime.NOON, LocalTime.of(17, 0)),
  EVENING("Evening", LocalTime.of(17, 0), LocalTime.MAX);

  private final String words;
  private final LocalTime from;
  private final LocalTime until;

  TimeOfDay(String words, LocalTime from, LocalTime until) {
    this.words = words;
    this.from = from;
    this.until = until;
  }

  /** "Morning": as a person reads it. */
  public String words() {
    return words;
  }

  /** "Morning (before 12 noon)": as the pages ask a volunteer when they are free. */
  public String withHours() {
    return switch (this) {
      case MORNING -> "Morning (before 12 noon)";
      case AFTERNOON -> "Afternoon (12 noon to 5pm)";
      case EVENING -> "Evening (after 5pm)";
    };
  }

  /** The part of the day this time falls in. */
  public static TimeOfDay of(LocalTime time) {
    for (TimeOfDay part : values()) {
      if (!time.isBefore(part.from) && time.isBefore(part.until)) {
        return part;
      }
    }
    return EVENING; // 23:59:59.999999999, LocalTime.MAX itself
  }
}
