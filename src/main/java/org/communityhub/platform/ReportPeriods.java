package org.communityhub.platform;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The months, weeks or days a report counts by, in UK time: a request received at 23:30 UTC on 30 June
 * is in July, because it is 00:30 on 1 July in London. The features that own the tables count into
 * these periods with {@link #periodOf(String)}, so every report splits time the same way.
 */
public record ReportPeriods(By by, List<Period> periods) {

  public static final ZoneId UK = ZoneId.of("Europe/London");

  /** How a report splits its range. */
  public enum By {
    MONTH("month"), WEEK("week"), DAY("day");

    private final String words;

    By(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** One period: from the start of {@code first} to the start of {@code next}, UK time. */
  public record Period(LocalDate first, LocalDate next, String label) {
    public Instant start() {
      return first.atStartOfDay(UK).toInstant();
    }

    public Instant end() {
      return next.atStartOfDay(UK).toInstant();
    }

    public LocalDate last() {
      return next.minusDays(1);
    }
  }

  public ReportPeriods {
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one period");
    }
    periods = List.copyOf(periods);
  }

  /** The periods that hold every day from {@code from} to {@code to}, whole months, weeks (Monday first) or days. */
  public static ReportPeriods covering(By by, LocalDate from, LocalDate to) {
    List<Period> periods = new ArrayList<>();
    LocalDate first = switch (by) {
      case MONTH -> from.withDayOfMonth(1);
      case WEEK -> from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case DAY -> from;
    };
    while (!first.isAfter(to)) {
      LocalDate next = switch (by) {
        case MONTH -> first.plusMonths(1);
        case WEEK -> first.plusWeeks(1);
        case DAY -> first.plusDays(1);
      };
      periods.add(new Period(first, next, label(by, first)));
      first = next;
    }
    return new ReportPeriods(by, periods);
  }

  private static String label(By by, LocalDate first) {
    return switch (by) {
      case MONTH -> first.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
      case WEEK -> "Week of " + first.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));
      case DAY -> first.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));
    };
  }

  public Instant start() {
    return periods.get(0).start();
  }

  public Instant end() {
    return periods.get(periods.size() - 1).end();
  }

  public int size() {
    return periods.size();
  }

  /**
   * SQL for the index of the period a timestamp column falls in, for rows already limited to
   * {@link #start()} ≤ column &lt; {@link #end()}; its parameters are {@link #periodParameters()}.
   * Portable (H2 and PostgreSQL): no time zone arithmetic in SQL, the boundaries are UK midnights.
   */
  public String periodOf(String column) {
    if (periods.size() == 1) {
      return "0";
    }
    StringBuilder sql = new StringBuilder("case");
    for (int i = 0; i < periods.size() - 1; i++) {
      sql.append(" when ").append(column).append(" < ? then ").append(i);
    }
    return sql.append(" else ").append(periods.size() - 1).append(" end").toString();
  }

  /** The end of each period but the last, as UTC timestamps, for {@link #periodOf(String)}. */
  public List<Object> periodParameters() {
    List<Object> ends = new ArrayList<>();
    for (int i = 0; i < periods.size() - 1; i++) {
      ends.add(periods.get(i).end().atOffset(java.time.ZoneOffset.UTC));
    }
    return ends;
  }
}
