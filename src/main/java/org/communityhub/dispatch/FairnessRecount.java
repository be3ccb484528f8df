package org.communityhub.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ages volunteer.recent_assignments: assigning adds one; here, the volunteers whose oldest counted
 * assignment has left the recent period (hub.dispatch.recent-assignments-period) are counted again
 * from their assignments. Only those volunteers are touched (volunteer_recent_oldest_idx), so it is
 * cheap to run often; until it runs, a count may include an assignment up to one interval too old.
 * Idempotent, so several hubs may run it at once.
 */
@Component
class FairnessRecount {

  private final JdbcTemplate jdbc;
  private final DispatchSettings settings;
  private final Clock clock;

  FairnessRecount(JdbcTemplate jdbc, DispatchSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${hub.dispatch.fairness-recount-every:PT10M}", initialDelayString = "PT0S")
  @Transactional
  public int recount() {
    return recountAsOf(clock.instant());
  }

  /** Returns how many volunteers were counted again. */
  @Transactional
  public int recountAsOf(Instant now) {
    var since = now.minus(settings.recentAssignmentsPeriod()).atOffset(ZoneOffset.UTC);
    return jdbc.update("""
        update volunteer set
          recent_assignments = (select count(*) from volunteer_assignment a
                                where a.volunteer_id = volunteer.id and a.assigned_at > ?),
          recent_oldest_at = (select min(a.assigned_at) from volunteer_assignment a
                              where a.volunteer_id = volunteer.id and a.assigned_at > ?)
        where recent_oldest_at <= ?""", since, since, since);
  }
}
