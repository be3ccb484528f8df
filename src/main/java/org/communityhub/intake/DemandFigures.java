package org.communityhub.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communityhub.platform.ReportPeriods;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reports (issue 14): requests received per period by need, district, channel, priority, outcome and
 * new against returning residents. Counts only, never who. Read from the summary per UK day
 * (DemandSummary), so a year of requests is a few thousand rows.
 */
@Service
public class DemandFigures {

  /** What the hub did with a request, as a demand report names it. */
  public enum Outcome { VOLUNTEER, REFERRAL, SIGNPOSTED, OUT_OF_AREA, ATTACHED, NOT_DECIDED }

  /**
   * Counts per period (each array has one entry per period). Keys: needs, districts (postcode
   * district, "" when not yet known), channels, priorities ("" when not yet decided), outcomes,
   * and "NEW"/"RETURNING" residents.
   */
  public record Demand(long[] total, Map<String, long[]> byNeed, Map<String, long[]> byDistrict,
      Map<String, long[]> byChannel, Map<String, long[]> byPriority, Map<String, long[]> byOutcome,
      Map<String, long[]> byResident) {}

  private final JdbcTemplate jdbc;
  private final DemandSummary summary;

  DemandFigures(JdbcTemplate jdbc, DemandSummary summary) {
    this.jdbc = jdbc;
    this.summary = summary;
  }

  /** Brings the day summary up to date (DemandSummary), then adds its days up into the periods. */
  public Demand between(ReportPeriods periods) {
    summary.refresh();
    int n = periods.size();
    long[] total = new long[n];
    Map<String, long[]> byDistrict = new TreeMap<>();
    Map<String, long[]> byChannel = new TreeMap<>();
    Map<String, long[]> byPriority = new TreeMap<>();
    Map<String, long[]> byOutcome = new TreeMap<>();
    Map<String, long[]> byResident = new TreeMap<>();
    LocalDate first = periods.periods().get(0).first();
    LocalDate next = periods.periods().get(n - 1).next();
    jdbc.query("select received_on, district, channel, priority, outcome, returning_resident, requests"
        + " from help_request_day where received_on >= ? and received_on < ?", rs -> {
          int period = periodOf(periods, rs.getObject(1, LocalDate.class));
          long count = rs.getLong(7);
          total[period] += count;
          add(byDistrict, rs.getString(2), n, period, count);
          add(byChannel, rs.getString(3), n, period, count);
          add(byPriority, rs.getString(4), n, period, count);
          add(byOutcome, rs.getString(5), n, period, count);
          add(byResident, rs.getBoolean(6) ? "RETURNING" : "NEW", n, period, count);
        }, first, next);
    Map<String, long[]> byNeed = new TreeMap<>();
    jdbc.query("select received_on, need, requests from help_request_need_day"
        + " where received_on >= ? and received_on < ?", rs -> {
      add(byNeed, rs.getString(2), n, periodOf(periods, rs.getObject(1, LocalDate.class)), rs.getLong(3));
    }, first, next);
    return new Demand(total, byNeed, byDistrict, byChannel, byPriority, byOutcome, byResident);
  }

  /** The index of the period holding the day (the periods are in order and cover the range). */
  static int periodOf(ReportPeriods periods, LocalDate day) {
    List<ReportPeriods.Period> all = periods.periods();
    int low = 0;
    int high = all.size() - 1;
    while (low < high) {
      int middle = (low + high + 1) / 2;
      if (all.get(middle).first().isAfter(day)) {
        high = middle - 1;
      } else {
        low = middle;
      }
    }
    return low;
  }

  private static void add(Map<String, long[]> counts, String key, int periods, int period, long count) {
    counts.computeIfAbsent(key, k -> new long[periods])[period] += count;
  }
}
