package org.communityhub.reports;

import java.time.Duration;
import java.util.Locale;
import org.communityhub.reports.ReportTable.Cell;

/** How a report writes its numbers, the same on the page and in the downloads. */
final class Figures {

  private final boolean withheld;
  private final int fewerThan;

  Figures(boolean withheld, int fewerThan) {
    this.withheld = withheld;
    this.fewerThan = fewerThan;
  }

  /** A count; in a report for publication, 1 to fewerThan - 1 become "fewer than N" (0 identifies nobody). */
  Cell count(long n) {
    if (isWithheld(n)) {
      return new Cell("fewer than " + fewerThan, null);
    }
    return new Cell(String.format(Locale.UK, "%,d", n), (double) n);
  }

  boolean isWithheld(long n) {
    return withheld && n > 0 && n < fewerThan;
  }

  /** Hours with one decimal ("2.5"), or "none yet" when no request reached the step. */
  static Cell hours(Duration duration) {
    if (duration == null) {
      return new Cell("none yet", null);
    }
    double hours = Math.round(duration.toSeconds() / 360.0) / 10.0;
    return new Cell(String.format(Locale.UK, "%.1f", hours), hours);
  }

  /** A share as a whole percentage ("87%"); withheld with its count when that is small. */
  Cell share(long part, long whole) {
    if (whole == 0) {
      return new Cell("none due", null);
    }
    if (isWithheld(whole)) {
      return new Cell("fewer than " + fewerThan + " due", null);
    }
    double percent = Math.round(part * 1000.0 / whole) / 10.0;
    return new Cell(String.format(Locale.UK, "%.0f%%", percent), percent);
  }
}
