package org.communityhub.dispatch;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import org.communityhub.volunteers.TimeOfDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communityhub.volunteers.MatchRequest;
import org.communityhub.volunteers.VolunteerMatching;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Picks the best volunteer for a task: what dispatch knows (who helped this resident before, who
 * was asked already in this round) goes into a {@link MatchRequest}, and the volunteers register
 * answers it with one index-ordered read ({@link VolunteerMatching}: filters and ranking). Whether
 * a volunteer holds an open offer or an assignment is dispatch's, kept on the volunteer as
 * "engaged" through the same service (DispatchRecords).
 */
@Component
class VolunteerMatcher {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final JdbcTemplate jdbc;
  private final VolunteerMatching matching;

  VolunteerMatcher(JdbcTemplate jdbc, VolunteerMatching matching) {
    this.jdbc = jdbc;
    this.matching = matching;
  }

  /**
   * The best candidate, locked on PostgreSQL until the caller's transaction ends. Call it in the
   * transaction that records the offer.
   */
  Optional<Long> bestCandidate(VolunteerTask task) {
    // Continuity: the few volunteers who helped this resident before (volunteer_assignment_resident_idx).
    List<Long> helpers = jdbc.queryForList(
        "select distinct volunteer_id from volunteer_assignment where resident_id = ?", Long.class, task.residentId());
    // Asked already in this round (volunteer_offer_once_per_round_uk): a few, one per answer.
    List<Long> asked = jdbc.queryForList(
        "select volunteer_id from volunteer_offer where task_id = ? and search_round = ?", Long.class, task.id(),
        task.round());
    return matching.bestCandidate(new MatchRequest(task.district(), reach(task.scope()), daysIn(task),
        task.requiredSkills(), task.requiredDbs(), helpers, asked, timesIn(task)));
  }

  private static MatchRequest.Reach reach(SearchScope scope) {
    return switch (scope) {
      case DISTRICT -> MatchRequest.Reach.DISTRICT;
      case NEIGHBOURS -> MatchRequest.Reach.NEIGHBOURS;
      case BOROUGH -> MatchRequest.Reach.BOROUGH;
    };
  }

  /** The parts of the day (UK time) the task's window touches: all three once it spans a day. */
  static Set<TimeOfDay> timesIn(VolunteerTask task) {
    Set<TimeOfDay> times = EnumSet.noneOf(TimeOfDay.class);
    if (!task.windowEnd().isAfter(task.windowStart().plus(Duration.ofHours(24)))) {
      // every half hour is enough: the parts of the day begin on the hour
      for (Instant at = task.windowStart(); at.isBefore(task.windowEnd()); at = at.plus(Duration.ofMinutes(30))) {
        times.add(TimeOfDay.of(at.atZone(UK).toLocalTime()));
      }
      times.add(TimeOfDay.of(task.windowEnd().minusSeconds(1).atZone(UK).toLocalTime()));
      return times;
    }
    return EnumSet.allOf(TimeOfDay.class);
  }

  /** The days of the week the task's window touches (at most all seven). */
  static Set<DayOfWeek> daysIn(VolunteerTask task) {
    Set<DayOfWeek> days = new LinkedHashSet<>();
    LocalDate day = task.windowStart().atZone(UK).toLocalDate();
    LocalDate last = task.windowEnd().atZone(UK).toLocalDate();
    while (!day.isAfter(last) && days.size() < 7) {
      days.add(day.getDayOfWeek());
      day = day.plusDays(1);
    }
    return days;
  }
}
