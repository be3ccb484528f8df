package org.communityhub.dispatch;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communityhub.volunteers.VolunteerMatching;
import org.communityhub.volunteers.VolunteerMatching.RecentAssignments;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ages the volunteers' recent-assignment counts: assigning adds one; here, the volunteers whose
 * oldest counted assignment has left the recent period (hub.dispatch.recent-assignments-period) are
 * counted again from dispatch's assignments, and the volunteers register is told the new counts.
 * Only those volunteers are touched (volunteer_recent_oldest_idx), so it is cheap to run often;
 * until it runs, a count may include an assignment up to one interval too old. Idempotent, so
 * several hubs may run it at once.
 */
@Component
class FairnessRecount {

  /** Volunteers counted again per batch: one read and one batched update each. */
  private static final int BATCH = 500;

  private final NamedParameterJdbcTemplate jdbc;
  private final VolunteerMatching matching;
  private final DispatchSettings settings;
  private final Clock clock;

  FairnessRecount(NamedParameterJdbcTemplate jdbc, VolunteerMatching matching, DispatchSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.matching = matching;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${hub.dispatch.fairness-recount-every}", initialDelayString = "PT0S")
  @Transactional
  public int recount() {
    return recountAsOf(clock.instant());
  }

  /** Returns how many volunteers were counted again. */
  @Transactional
  public int recountAsOf(Instant now) {
    Instant since = now.minus(settings.recentAssignmentsPeriod());
    int counted = 0;
    List<Long> due;
    // each batch moves its volunteers' oldest counted assignment past 'since', so the next read skips them
    while (!(due = matching.dueForRecount(since, BATCH)).isEmpty()) {
      Map<Long, RecentAssignments> counts = jdbc.query("""
          select volunteer_id, count(*), min(assigned_at) from volunteer_assignment
          where volunteer_id in (:ids) and assigned_at > :since group by volunteer_id""",
          new MapSqlParameterSource("ids", due).addValue("since", since.atOffset(ZoneOffset.UTC)),
          (rs, n) -> new RecentAssignments(rs.getLong(1), rs.getInt(2), instant(rs.getTimestamp(3))))
          .stream().collect(Collectors.toMap(RecentAssignments::volunteerId, Function.identity()));
      matching.recount(due.stream().map(id -> counts.getOrDefault(id, new RecentAssignments(id, 0, null))).toList());
      counted += due.size();
    }
    return counted;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
