package org.communityhub.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.communityhub.eligibility.Priority;
import org.communityhub.platform.ReportPeriods;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports (issue 14): how fast help came, by priority: from received to the first offer, to the
 * assignment, to the help given and to closure, as median and 90th percentile; and how many requests
 * for a volunteer got help within the priority's promise (due_by, set from {@link Priority#dueBy}).
 * Percentiles are computed by the database (percentile_cont), so a year of requests is one scan.
 */
@Service
public class ResponseFigures {

  /** Median and 90th percentile of one step, and how many requests reached it; null times when none did. */
  public record Step(long reached, Duration median, Duration ninetieth) {}

  /** One priority's figures over the whole range. */
  public record PriorityResponse(Priority priority, long received, Step firstOffer, Step assigned, Step helped,
      Step closed, long due, long kept) {}

  /** A request for a volunteer not helped by when its priority promised. */
  public record BrokenPromise(String reference, Priority priority, Instant received, Instant dueBy, Instant helped) {}

  /** Per priority, and per period the share kept (due, kept) of each priority. */
  public record Response(List<PriorityResponse> byPriority, Map<Priority, long[][]> keptByPeriod,
      List<BrokenPromise> broken, long brokenTotal) {}

  /** Listed by reference on the page; the count says how many more there are. */
  static final int BROKEN_LISTED = 200;

  private static final String VOLUNTEER = "eligibility_outcome = 'VOLUNTEER' and status <> 'ATTACHED'";
  private static final String BROKEN = "(helped_at > due_by or (helped_at is null and due_by < ?))";

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  ResponseFigures(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
  }

  @Transactional(readOnly = true)
  public Response between(ReportPeriods periods, Instant now) {
    Object nowParameter = now.atOffset(ZoneOffset.UTC);
    Object start = periods.start().atOffset(ZoneOffset.UTC);
    Object end = periods.end().atOffset(ZoneOffset.UTC);
    Map<Priority, PriorityResponse> byPriority = new EnumMap<>(Priority.class);
    jdbc.query("select priority, count(*), "
        + step("first_offered_at") + ", " + step("assigned_at") + ", " + step("helped_at") + ", " + step("closed_at")
        + ", sum(case when " + VOLUNTEER + " and (helped_at is not null or due_by < ?) then 1 else 0 end)"
        + ", sum(case when " + VOLUNTEER + " and helped_at <= due_by then 1 else 0 end)"
        + " from help_request where created_at >= ? and created_at < ? and priority is not null group by priority",
        rs -> {
          Priority priority = Priority.valueOf(rs.getString(1));
          byPriority.put(priority, new PriorityResponse(priority, rs.getLong(2), step(rs, 3), step(rs, 6),
              step(rs, 9), step(rs, 12), rs.getLong(15), rs.getLong(16)));
        }, nowParameter, start, end);
    List<PriorityResponse> rows = new ArrayList<>();
    for (Priority priority : Priority.values()) {
      Step none = new Step(0, null, null);
      rows.add(byPriority.getOrDefault(priority, new PriorityResponse(priority, 0, none, none, none, none, 0, 0)));
    }

    Map<Priority, long[][]> keptByPeriod = new EnumMap<>(Priority.class);
    for (Priority priority : Priority.values()) {
      keptByPeriod.put(priority, new long[periods.size()][2]);
    }
    List<Object> parameters = new ArrayList<>(periods.periodParameters());
    parameters.addAll(List.of(nowParameter, start, end));
    jdbc.query("select period, priority, sum(due), sum(kept) from (select " + periods.periodOf("created_at")
        + " as period, priority, case when helped_at is not null or due_by < ? then 1 else 0 end as due,"
        + " case when helped_at <= due_by then 1 else 0 end as kept from help_request"
        + " where created_at >= ? and created_at < ? and priority is not null and " + VOLUNTEER + ") r"
        + " group by period, priority", rs -> {
          long[] cell = keptByPeriod.get(Priority.valueOf(rs.getString(2)))[rs.getInt(1)];
          cell[0] = rs.getLong(3);
          cell[1] = rs.getLong(4);
        }, parameters.toArray());

    List<BrokenPromise> broken = jdbc.query("select reference, priority, created_at, due_by, helped_at from help_request"
        + " where created_at >= ? and created_at < ? and " + VOLUNTEER + " and " + BROKEN
        + " order by created_at, id limit " + BROKEN_LISTED,
        (rs, i) -> new BrokenPromise(rs.getString(1), Priority.valueOf(rs.getString(2)), instant(rs.getTimestamp(3)),
            instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))), start, end, nowParameter);
    Long brokenTotal = jdbc.queryForObject("select count(*) from help_request where created_at >= ? and created_at < ?"
        + " and " + VOLUNTEER + " and " + BROKEN, Long.class, start, end, nowParameter);
    return new Response(rows, keptByPeriod, broken, brokenTotal == null ? 0 : brokenTotal);
  }

  /** How many reached the step, its median and 90th percentile in seconds (nulls, not reached, are left out). */
  private String step(String column) {
    String seconds = postgres ? "extract(epoch from (" + column + " - created_at))"
        : "datediff('SECOND', created_at, " + column + ")";
    return "count(" + column + "), percentile_cont(0.5) within group (order by " + seconds + "),"
        + " percentile_cont(0.9) within group (order by " + seconds + ")";
  }

  private static Step step(java.sql.ResultSet rs, int column) throws SQLException {
    long reached = rs.getLong(column);
    return new Step(reached, seconds(rs, column + 1), seconds(rs, column + 2));
  }

  private static Duration seconds(java.sql.ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : Duration.ofSeconds(Math.round(value));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
