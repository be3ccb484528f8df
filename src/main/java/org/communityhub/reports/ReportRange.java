package org.communityhub.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communityhub.platform.ReportPeriods;

/**
 * The range a person asked for on a report's form: from a month to a month, counted by month, week
 * or day. Read from the page's fields; what cannot be read is said in words beside the field.
 */
record ReportRange(String fromMonth, String fromYear, String toMonth, String toYear, String by) {

  /** A field the person must correct, and what to type. */
  record RangeError(String field, String message) {}

  /** Longest ranges: so a report stays quick and its tables readable. */
  static final int MAX_MONTHS = 36;
  static final int MAX_MONTHS_BY_WEEK = 12;
  static final int MAX_MONTHS_BY_DAY = 3;

  /** The last 12 whole months before this one, by month. */
  static ReportRange lastTwelveMonths(YearMonth thisMonth) {
    YearMonth to = thisMonth.minusMonths(1);
    YearMonth from = to.minusMonths(11);
    return new ReportRange(String.valueOf(from.getMonthValue()), String.valueOf(from.getYear()),
        String.valueOf(to.getMonthValue()), String.valueOf(to.getYear()), "month");
  }

  ReportRange orDefaults(ReportRange defaults) {
    return new ReportRange(blank(fromMonth) ? defaults.fromMonth : fromMonth,
        blank(fromYear) ? defaults.fromYear : fromYear, blank(toMonth) ? defaults.toMonth : toMonth,
        blank(toYear) ? defaults.toYear : toYear, blank(by) ? defaults.by : by);
  }

  /** The parameters that ask for this range again, for download links. */
  Map<String, String> parameters() {
    return Map.of("fromMonth", fromMonth, "fromYear", fromYear, "toMonth", toMonth, "toYear", toYear, "by", by);
  }

  List<RangeError> errors() {
    List<RangeError> errors = new ArrayList<>();
    Integer fm = month(fromMonth);
    Integer fy = year(fromYear);
    Integer tm = month(toMonth);
    Integer ty = year(toYear);
    if (fm == null) {
      errors.add(new RangeError("fromMonth", "Enter the month the report starts from as a number from 1 to 12"));
    }
    if (fy == null) {
      errors.add(new RangeError("fromYear", "Enter the year the report starts from as 4 digits, for example 2026"));
    }
    if (tm == null) {
      errors.add(new RangeError("toMonth", "Enter the month the report ends with as a number from 1 to 12"));
    }
    if (ty == null) {
      errors.add(new RangeError("toYear", "Enter the year the report ends with as 4 digits, for example 2026"));
    }
    ReportPeriods.By unit = unit();
    if (unit == null) {
      errors.add(new RangeError("by", "Choose to count by month, week or day"));
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    YearMonth from = YearMonth.of(fy, fm);
    YearMonth to = YearMonth.of(ty, tm);
    long months = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
    if (months < 1) {
      errors.add(new RangeError("toMonth", "The month the report ends with must be the same as or after the month it"
          + " starts from"));
    } else if (months > MAX_MONTHS) {
      errors.add(new RangeError("fromMonth", "Choose a range of " + MAX_MONTHS + " months or fewer"));
    } else if (unit == ReportPeriods.By.WEEK && months > MAX_MONTHS_BY_WEEK) {
      errors.add(new RangeError("by", "Count by month for a range longer than " + MAX_MONTHS_BY_WEEK + " months"));
    } else if (unit == ReportPeriods.By.DAY && months > MAX_MONTHS_BY_DAY) {
      errors.add(new RangeError("by", "Count by week or month for a range longer than " + MAX_MONTHS_BY_DAY
          + " months"));
    }
    return errors;
  }

  /** The periods, once {@link #errors()} is empty. */
  ReportPeriods periods() {
    YearMonth from = YearMonth.of(year(fromYear), month(fromMonth));
    YearMonth to = YearMonth.of(year(toYear), month(toMonth));
    return ReportPeriods.covering(unit(), from.atDay(1), to.atEndOfMonth());
  }

  /** "2025-12-to-2026-11", for download file names. */
  String fileSuffix() {
    return String.format("%04d-%02d-to-%04d-%02d", year(fromYear), month(fromMonth), year(toYear), month(toMonth));
  }

  private ReportPeriods.By unit() {
    if (by == null) {
      return null;
    }
    return switch (by.strip()) {
      case "month" -> ReportPeriods.By.MONTH;
      case "week" -> ReportPeriods.By.WEEK;
      case "day" -> ReportPeriods.By.DAY;
      default -> null;
    };
  }

  static Integer month(String text) {
    Integer n = number(text);
    return n != null && n >= 1 && n <= 12 ? n : null;
  }

  static Integer year(String text) {
    Integer n = number(text);
    return n != null && text.strip().length() == 4 && n >= 2000 && n <= 2999 ? n : null;
  }

  private static Integer number(String text) {
    if (text == null || !text.strip().matches("\\d{1,4}")) {
      return null;
    }
    return Integer.valueOf(text.strip());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
