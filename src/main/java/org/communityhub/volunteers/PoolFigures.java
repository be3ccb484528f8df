package org.communityhub.volunteers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.communityhub.platform.ReportPeriods;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports (issue 14): the volunteer pool now (registered, active, never deployed, idle, DBS expired or
 * expiring) and volunteers registered per period. Deployments, declines and timeouts are dispatch's
 * (DeploymentFigures). Counts only; the register (VolunteerRegister) lists who.
 */
@Service
public class PoolFigures {

  /** The pool at one moment. Registered: every volunteer not left or refused. */
  public record Pool(long registered, long active, long paused, long applied, long activeNeverDeployed,
      long activeIdle, long dbsExpired, long dbsExpiring) {}

  private final JdbcTemplate jdbc;
  private final DbsCheckService dbs;

  PoolFigures(JdbcTemplate jdbc, DbsCheckService dbs) {
    this.jdbc = jdbc;
    this.dbs = dbs;
  }

  /**
   * @param idleFor active volunteers deployed before, but not within this long, count as idle
   * @param expiringWithin a DBS certificate still valid but expiring within this many days counts as expiring
   */
  @Transactional(readOnly = true)
  public Pool now(Instant now, Duration idleFor, int expiringWithin) {
    LocalDate validAfter = dbs.dbsIssuedAfter();
    return jdbc.queryForObject("""
        select sum(case when status not in ('LEFT', 'REFUSED') then 1 else 0 end),
               sum(case when status = 'ACTIVE' then 1 else 0 end),
               sum(case when status = 'PAUSED' then 1 else 0 end),
               sum(case when status = 'APPLIED' then 1 else 0 end),
               sum(case when status = 'ACTIVE' and last_assigned_at is null then 1 else 0 end),
               sum(case when status = 'ACTIVE' and last_assigned_at < ? then 1 else 0 end),
               sum(case when status not in ('LEFT', 'REFUSED') and dbs_level <> 'NONE' and dbs_issued_on <= ?
                   then 1 else 0 end),
               sum(case when status not in ('LEFT', 'REFUSED') and dbs_level <> 'NONE' and dbs_issued_on > ?
                   and dbs_issued_on <= ? then 1 else 0 end)
        from volunteer""", (rs, i) -> new Pool(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
            rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)),
        now.minus(idleFor).atOffset(ZoneOffset.UTC), validAfter, validAfter, validAfter.plusDays(expiringWithin));
  }

  /** Volunteers who signed up in each period. */
  @Transactional(readOnly = true)
  public long[] registeredPer(ReportPeriods periods) {
    long[] registered = new long[periods.size()];
    List<Object> parameters = new ArrayList<>(periods.periodParameters());
    parameters.add(periods.start().atOffset(ZoneOffset.UTC));
    parameters.add(periods.end().atOffset(ZoneOffset.UTC));
    jdbc.query("select period, count(*) from (select " + periods.periodOf("created_at") + " as period from volunteer"
        + " where created_at >= ? and created_at < ?) v group by period",
        rs -> {
          registered[rs.getInt(1)] = rs.getLong(2);
        }, parameters.toArray());
    return registered;
  }
}
