package org.communityhub.intake;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communityhub.platform.ReportPeriods;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports (issue 14): requests received per period by need, district, channel, priority, outcome and
 * new against returning residents. Counts only, never who. Two scans of the range
 * (help_request_created_idx): one for the request's own columns, one for its needs.
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

  private static final String OUTCOME = """
      case when status = 'ATTACHED' then 'ATTACHED'
           when status = 'OUT_OF_AREA' then 'OUT_OF_AREA'
           when eligibility_outcome = 'VOLUNTEER' then 'VOLUNTEER'
           when eligibility_outcome = 'REFER' then 'REFERRAL'
           when eligibility_outcome = 'SIGNPOST' then 'SIGNPOSTED'
           else 'NOT_DECIDED' end""";

  private final JdbcTemplate jdbc;

  DemandFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Demand between(ReportPeriods periods) {
    int n = periods.size();
    long[] total = new long[n];
    Map<String, long[]> byDistrict = new TreeMap<>();
    Map<String, long[]> byChannel = new TreeMap<>();
    Map<String, long[]> byPriority = new TreeMap<>();
    Map<String, long[]> byOutcome = new TreeMap<>();
    Map<String, long[]> byResident = new TreeMap<>();
    jdbc.query("select period, district, channel, priority, outcome, returning_resident, count(*) from ("
        + "select " + periods.periodOf("created_at") + " as period, coalesce(postcode_district, '') as district,"
        + " channel, coalesce(priority, '') as priority, " + OUTCOME + " as outcome, returning_resident"
        + " from help_request where created_at >= ? and created_at < ?) r"
        + " group by period, district, channel, priority, outcome, returning_resident", rs -> {
          int period = rs.getInt(1);
          long count = rs.getLong(7);
          total[period] += count;
          add(byDistrict, rs.getString(2), n, period, count);
          add(byChannel, rs.getString(3), n, period, count);
          add(byPriority, rs.getString(4), n, period, count);
          add(byOutcome, rs.getString(5), n, period, count);
          add(byResident, rs.getBoolean(6) ? "RETURNING" : "NEW", n, period, count);
        }, parameters(periods));
    Map<String, long[]> byNeed = new TreeMap<>();
    jdbc.query("select period, need, count(*) from ("
        + "select " + periods.periodOf("r.created_at") + " as period, n.need as need"
        + " from help_request r join help_request_need n on n.request_id = r.id"
        + " where r.created_at >= ? and r.created_at < ?) x group by period, need",
        rs -> {
          add(byNeed, rs.getString(2), n, rs.getInt(1), rs.getLong(3));
        }, parameters(periods));
    return new Demand(total, byNeed, byDistrict, byChannel, byPriority, byOutcome, byResident);
  }

  static Object[] parameters(ReportPeriods periods) {
    List<Object> parameters = new ArrayList<>(periods.periodParameters());
    parameters.add(periods.start().atOffset(ZoneOffset.UTC));
    parameters.add(periods.end().atOffset(ZoneOffset.UTC));
    return parameters.toArray();
  }

  private static void add(Map<String, long[]> counts, String key, int periods, int period, long count) {
    counts.computeIfAbsent(key, k -> new long[periods])[period] += count;
  }
}
