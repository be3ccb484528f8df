package org.communityhub.dispatch;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.communityhub.platform.ReportPeriods;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports (issue 14): per period, how many volunteers were deployed (given at least one assignment),
 * and how many offers they declined or let time out.
 */
@Service
public class DeploymentFigures {

  /** Each array has one entry per period. Deployed in the whole range counts each volunteer once. */
  public record Deployments(long[] volunteersDeployed, long[] offersDeclined, long[] offersTimedOut,
      long deployedInRange) {}

  private final JdbcTemplate jdbc;

  DeploymentFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Deployments between(ReportPeriods periods) {
    int n = periods.size();
    long[] deployed = new long[n];
    long[] declined = new long[n];
    long[] timedOut = new long[n];
    Object start = periods.start().atOffset(ZoneOffset.UTC);
    Object end = periods.end().atOffset(ZoneOffset.UTC);
    jdbc.query("select period, count(distinct volunteer_id) from (select " + periods.periodOf("assigned_at")
        + " as period, volunteer_id from volunteer_assignment where assigned_at >= ? and assigned_at < ?) a"
        + " group by period", rs -> {
          deployed[rs.getInt(1)] = rs.getLong(2);
        }, parameters(periods, start, end));
    jdbc.query("select period, status, count(*) from (select " + periods.periodOf("answered_at")
        + " as period, status from volunteer_offer where answered_at >= ? and answered_at < ?"
        + " and status in ('DECLINED', 'EXPIRED')) o group by period, status", rs -> {
          ("DECLINED".equals(rs.getString(2)) ? declined : timedOut)[rs.getInt(1)] = rs.getLong(3);
        }, parameters(periods, start, end));
    Long inRange = jdbc.queryForObject("select count(distinct volunteer_id) from volunteer_assignment"
        + " where assigned_at >= ? and assigned_at < ?", Long.class, start, end);
    return new Deployments(deployed, declined, timedOut, inRange == null ? 0 : inRange);
  }

  private static Object[] parameters(ReportPeriods periods, Object start, Object end) {
    List<Object> parameters = new ArrayList<>(periods.periodParameters());
    parameters.add(start);
    parameters.add(end);
    return parameters.toArray();
  }
}
