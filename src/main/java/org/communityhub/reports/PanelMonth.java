package org.communityhub.reports;

import java.time.YearMonth;
import org.communityhub.reports.ReportRange.RangeError;

/** The month a panel report is for, as typed on its form (month and year), or what to correct. */
record PanelMonth(String month, String year, YearMonth yearMonth, RangeError error) {

  static PanelMonth of(String month, String year, YearMonth lastMonth) {
    boolean none = (month == null || month.isBlank()) && (year == null || year.isBlank());
    if (none) {
      return new PanelMonth(String.valueOf(lastMonth.getMonthValue()), String.valueOf(lastMonth.getYear()), lastMonth,
          null);
    }
    Integer m = ReportRange.month(month);
    Integer y = ReportRange.year(year);
    if (m == null) {
      return new PanelMonth(month, year, null, new RangeError("month", "Enter the month as a number from 1 to 12"));
    }
    if (y == null) {
      return new PanelMonth(month, year, null, new RangeError("year", "Enter the year as 4 digits, for example 2026"));
    }
    return new PanelMonth(month, year, YearMonth.of(y, m), null);
  }
}
