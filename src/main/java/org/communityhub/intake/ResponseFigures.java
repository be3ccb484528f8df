package org.communityhub.intake;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.communityhub.eligibility.Priority;
import org.communityhub.platform.ReportPeriods;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports (issue 14): how fast help came, by priority: from received to the first offer, to the
 * assignment, to the help given and to closure, as median and 90th percentile; and how many requests
 * for a volunteer got help within the priority's promise (due_by, set from {@link Priority#dueBy}).
 * Read from the day summary ({@link ResponseSummary}, brought up to date by {@link DemandSummary}),
 * so a year is a thousand rows whatever the number of requests; times are as precise as
 * {@link MinuteHistogram} keeps them. Requests not helped yet are read as they are (whether they are
 * overdue depends on now), through V79's index of only those.
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

  /** How the page says the times are rounded (MinuteHistogram). */
  public static final String PRECISION = "Times are counted to the nearest minute up to 2 hours, the nearest"
      + " 10 minutes up to 2 days and the nearest hour after that.";

  /** Listed by reference on the page; the count says how many more there are. */
  static final int BROKEN_LISTED = 200;

  /** Requests whose promise is counted: for a volunteer, not attached to another request. */
  static final String VOLUNTEER = "eligibility_outcome = 'VOLUNTEER' and status <> 'ATTACHED'";

  private final JdbcTemplate jdbc;
  private final DemandSummary summary;

  ResponseFigures(JdbcTemplate jdbc, DemandSummary summary) {
    this.jdbc = jdbc;
    this.summary = summary;
  }

  @Transactional(readOnly = true)
  public Response between(ReportPeriods periods, Instant now) {
    summary.refresh();
    Object nowParameter = now.atOffset(ZoneOffset.UTC);
    Object start = periods.start().atOffset(ZoneOffset.UTC);
    Object end = periods.end().atOffset(ZoneOffset.UTC);
    int n = periods.size();
    Map<Priority, long[][]> keptByPeriod = new EnumMap<>(Priority.class);
    Map<Priority, long[]> counts = new EnumMap<>(Priority.class);
    Map<Priority, MinuteHistogram[]> steps = new EnumMap<>(Priority.class);
    for (Priority priority : Priority.values()) {
      keptByPeriod.put(priority, new long[n][2]);
      counts.put(priority, new long[4]);
      steps.put(priority, new MinuteHistogram[] {new MinuteHistogram(), new MinuteHistogram(), new MinuteHistogram(),
          new MinuteHistogram()});
    }
    jdbc.query("select received_on, priority, requests, helped, helped_in_time, helped_late, to_first_offer,"
        + " to_assignment, to_help, to_closure from help_request_response_day where received_on >= ? and received_on < ?",
        rs -> {
          Priority priority = Priority.valueOf(rs.getString(2));
          long[] count = counts.get(priority);
          long[] cell = keptByPeriod.get(priority)[DemandFigures.periodOf(periods, rs.getObject(1, LocalDate.class))];
          count[0] += rs.getLong(3);
          count[1] += rs.getLong(4);
          count[2] += rs.getLong(5);
          count[3] += rs.getLong(6);
          cell[0] += rs.getLong(4);
          cell[1] += rs.getLong(5);
          MinuteHistogram[] histograms = steps.get(priority);
          for (int i = 0; i < histograms.length; i++) {
            histograms[i].add(rs.getBytes(7 + i));
          }
        }, periods.periods().get(0).first(), periods.periods().get(n - 1).next());

    // Not helped yet and past the promise: due and broken, counted now.
    long[] overdue = new long[Priority.values().length];
    List<Object> parameters = new ArrayList<>(periods.periodParameters());
    parameters.addAll(List.of(start, end, nowParameter));
    jdbc.query("select period, priority, count(*) from (select " + periods.periodOf("created_at") + " as period,"
        + " priority from help_request where created_at >= ? and created_at < ? and helped_at is null and " + VOLUNTEER
        + " and due_by < ? and priority is not null) r group by period, priority", rs -> {
          Priority priority = Priority.valueOf(rs.getString(2));
          keptByPeriod.get(priority)[rs.getInt(1)][0] += rs.getLong(3);
          overdue[priority.ordinal()] += rs.getLong(3);
        }, parameters.toArray());

    List<PriorityResponse> rows = new ArrayList<>();
    long brokenTotal = 0;
    for (Priority priority : Priority.values()) {
      long[] count = counts.get(priority);
      MinuteHistogram[] histograms = steps.get(priority);
      rows.add(new PriorityResponse(priority, count[0], step(histograms[0]), step(histograms[1]), step(histograms[2]),
          step(histograms[3]), count[1] + overdue[priority.ordinal()], count[2]));
      brokenTotal += count[3] + overdue[priority.ordinal()];
    }
    return new Response(rows, keptByPeriod, broken(start, end, nowParameter), brokenTotal);
  }

  /**
   * The first broken promises by when received: the first of those helped late and the first of those
   * not helped and overdue (each query served by its own V79 index), merged.
   */
  private List<BrokenPromise> broken(Object start, Object end, Object now) {
    record Listed(long id, BrokenPromise request) {}
    String select = "select id, reference, priority, created_at, due_by, helped_at from help_request"
        + " where created_at >= ? and created_at < ? and " + VOLUNTEER + " and ";
    String first = " order by created_at, id limit " + BROKEN_LISTED;
    org.springframework.jdbc.core.RowMapper<Listed> listed = (rs, i) -> new Listed(rs.getLong(1),
        new BrokenPromise(rs.getString(2), Priority.valueOf(rs.getString(3)), instant(rs.getTimestamp(4)),
            instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))));
    List<Listed> both = new ArrayList<>(jdbc.query(select + "helped_at > due_by" + first, listed, start, end));
    both.addAll(jdbc.query(select + "helped_at is null and due_by < ?" + first, listed, start, end, now));
    return both.stream()
        .sorted(Comparator.comparing((Listed l) -> l.request().received()).thenComparingLong(Listed::id))
        .limit(BROKEN_LISTED).map(Listed::request).toList();
  }

  private static Step step(MinuteHistogram times) {
    return new Step(times.total(), times.percentile(0.5), times.percentile(0.9));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
