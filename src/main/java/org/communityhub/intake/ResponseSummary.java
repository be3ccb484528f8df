package org.communityhub.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The response report's summary per UK day and priority (V78): counts the day's requests again,
 * when {@link DemandSummary} recounts the day. What depends on now (a request not helped yet, is it
 * overdue?) is not in it: {@link ResponseFigures} reads those requests as they are.
 */
@Component
class ResponseSummary {

  /** The steps, by their column in help_request and in the summary. */
  static final Map<String, String> STEPS = stepColumns();

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  ResponseSummary(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
  }

  /** Replaces the day's rows; start and end are the day's UK midnights. */
  void recount(LocalDate day, Object start, Object end) {
    jdbc.update("delete from help_request_response_day where received_on = ?", day);
    record Counts(long requests, long helped, long inTime, long late, Map<String, MinuteHistogram> steps) {}
    Map<String, Counts> byPriority = new LinkedHashMap<>();
    jdbc.query("select priority, count(*)"
        + ", sum(case when " + ResponseFigures.VOLUNTEER + " and helped_at is not null then 1 else 0 end)"
        + ", sum(case when " + ResponseFigures.VOLUNTEER + " and helped_at <= due_by then 1 else 0 end)"
        + ", sum(case when " + ResponseFigures.VOLUNTEER + " and helped_at > due_by then 1 else 0 end)"
        + " from help_request where created_at >= ? and created_at < ? and priority is not null group by priority",
        rs -> {
          Map<String, MinuteHistogram> steps = new LinkedHashMap<>();
          STEPS.keySet().forEach(step -> steps.put(step, new MinuteHistogram()));
          byPriority.put(rs.getString(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), steps));
        }, start, end);
    if (byPriority.isEmpty()) {
      return;
    }
    for (String step : STEPS.keySet()) {
      jdbc.query("select priority, minutes, count(*) from (select priority, "
          + MinuteHistogram.roundedMinutes("seconds") + " as minutes from (select priority, " + seconds(step)
          + " as seconds from help_request where created_at >= ? and created_at < ? and priority is not null and "
          + step + " is not null) s) m group by priority, minutes",
          rs -> {
            byPriority.get(rs.getString(1)).steps().get(step).add(rs.getLong(2), rs.getLong(3));
          }, start, end);
    }
    List<Object[]> rows = byPriority.entrySet().stream().map(e -> {
      Counts c = e.getValue();
      return new Object[] {day, e.getKey(), c.requests(), c.helped(), c.inTime(), c.late(),
          c.steps().get("first_offered_at").bytes(), c.steps().get("assigned_at").bytes(),
          c.steps().get("helped_at").bytes(), c.steps().get("closed_at").bytes()};
    }).toList();
    jdbc.batchUpdate("insert into help_request_response_day (received_on, priority, requests, helped, helped_in_time,"
        + " helped_late, to_first_offer, to_assignment, to_help, to_closure) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  /** SQL for whole seconds from received to the step. */
  private String seconds(String column) {
    return postgres ? "cast(floor(extract(epoch from (" + column + " - created_at))) as bigint)"
        : "datediff('SECOND', created_at, " + column + ")";
  }

  private static Map<String, String> stepColumns() {
    Map<String, String> steps = new LinkedHashMap<>();
    steps.put("first_offered_at", "to_first_offer");
    steps.put("assigned_at", "to_assignment");
    steps.put("helped_at", "to_help");
    steps.put("closed_at", "to_closure");
    return java.util.Collections.unmodifiableMap(steps);
  }
}
