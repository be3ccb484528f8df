package org.communityhub.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.communityhub.platform.ReportPeriods;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports' summaries per UK day: for the demand report (V77) each day's requests counted by
 * district, channel, priority, outcome and new or returning resident, and by need; for the response
 * report (V78, {@link ResponseSummary}) each day's times to each step and promises kept. Brought up to
 * date before every demand and response report: a day is counted again when a request received on it has changed since the last refresh
 * (help_request.updated_at, which every change of the request sets), so a year of demand reads a few
 * thousand rows whatever the number of requests. The refresh row is locked first, so refreshes on two
 * nodes take turns.
 */
@Service
public class DemandSummary {

  /**
   * A transaction may commit a little after the time it wrote in updated_at: requests changed this
   * shortly before a refresh are looked at again by the next one (recounting a day twice is harmless).
   */
  static final Duration LATE_COMMITS = Duration.ofMinutes(5);

  static final String OUTCOME = """
      case when status = 'ATTACHED' then 'ATTACHED'
           when status = 'OUT_OF_AREA' then 'OUT_OF_AREA'
           when eligibility_outcome = 'VOLUNTEER' then 'VOLUNTEER'
           when eligibility_outcome = 'REFER' then 'REFERRAL'
           when eligibility_outcome = 'SIGNPOST' then 'SIGNPOSTED'
           else 'NOT_DECIDED' end""";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;
  private final ResponseSummary response;

  DemandSummary(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions, ResponseSummary response) {
    this.jdbc = jdbc;
    this.response = response;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Counts again every day with a request changed since the last refresh (every day, the first time). */
  public void refresh() {
    ownTransaction.executeWithoutResult(status -> {
      Instant started = clock.instant();
      List<Timestamp> last = jdbc.queryForList(
          "select changed_before from help_request_day_refresh where id = 1 for update", Timestamp.class);
      Set<LocalDate> days = last.isEmpty() || last.get(0) == null ? allDays() : changedSince(last.get(0).toInstant());
      days.forEach(this::recount);
      jdbc.update("update help_request_day_refresh set changed_before = ? where id = 1",
          started.minus(LATE_COMMITS).atOffset(ZoneOffset.UTC));
    });
  }

  private Set<LocalDate> allDays() {
    Set<LocalDate> days = new TreeSet<>();
    jdbc.query("select min(created_at), max(created_at) from help_request", rs -> {
      Timestamp first = rs.getTimestamp(1);
      Timestamp last = rs.getTimestamp(2);
      if (first != null) {
        for (LocalDate day = ukDay(first.toInstant()); !day.isAfter(ukDay(last.toInstant())); day = day.plusDays(1)) {
          days.add(day);
        }
      }
    });
    return days;
  }

  private Set<LocalDate> changedSince(Instant since) {
    Set<LocalDate> days = new TreeSet<>();
    jdbc.query("select created_at from help_request where updated_at >= ?",
        rs -> {
          days.add(ukDay(rs.getTimestamp(1).toInstant()));
        }, since.atOffset(ZoneOffset.UTC));
    return days;
  }

  private void recount(LocalDate day) {
    Object start = day.atStartOfDay(ReportPeriods.UK).toInstant().atOffset(ZoneOffset.UTC);
    Object end = day.plusDays(1).atStartOfDay(ReportPeriods.UK).toInstant().atOffset(ZoneOffset.UTC);
    jdbc.update("delete from help_request_day where received_on = ?", day);
    jdbc.update("insert into help_request_day (received_on, district, channel, priority, outcome, returning_resident,"
        + " requests) select ?, district, channel, priority, outcome, returning_resident, count(*) from ("
        + "select coalesce(postcode_district, '') as district, channel, coalesce(priority, '') as priority, "
        + OUTCOME + " as outcome, returning_resident from help_request where created_at >= ? and created_at < ?) r"
        + " group by district, channel, priority, outcome, returning_resident", day, start, end);
    jdbc.update("delete from help_request_need_day where received_on = ?", day);
    jdbc.update("insert into help_request_need_day (received_on, need, requests) select ?, n.need, count(*)"
        + " from help_request r join help_request_need n on n.request_id = r.id"
        + " where r.created_at >= ? and r.created_at < ? group by n.need", day, start, end);
    response.recount(day, start, end);
  }

  private static LocalDate ukDay(Instant instant) {
    return instant.atZone(ReportPeriods.UK).toLocalDate();
  }
}
