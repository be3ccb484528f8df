package org.communityhub.dispatch;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communityhub.area.AreaService;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.Skill;
import org.communityhub.volunteers.VolunteerService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Picks the best volunteer for a task in one SQL query (DESIGN 2, matching rules), so it stays a
 * few index look-ups at a million volunteers: the task's district narrows volunteers through
 * volunteer_district_district_idx before anything else is checked.
 *
 * <p>Hard filters: active, identity verified, a DBS check of the required level that has not
 * expired, every required skill, available on a day in the task's window, no open offer, no
 * assignment in hand, not already asked in this round, and willing to travel to the district.
 * The scope decides where the volunteer lives: the district, a neighbouring one, anywhere.
 * Ranking: continuity (helped this resident before), then fairness (fewest assignments in the
 * recent period, then longest idle), then distance, then the longest-serving volunteer.
 */
@Component
class VolunteerMatcher {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final NamedParameterJdbcTemplate jdbc;
  private final AreaService area;
  private final VolunteerService volunteers;
  private final DispatchSettings settings;
  private final Clock clock;

  VolunteerMatcher(NamedParameterJdbcTemplate jdbc, AreaService area, VolunteerService volunteers,
      DispatchSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.area = area;
    this.volunteers = volunteers;
    this.settings = settings;
    this.clock = clock;
  }

  Optional<Long> bestCandidate(VolunteerTask task) {
    List<String> neighbours = area.neighboursOf(task.district());
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("taskId", task.id())
        .addValue("round", task.round())
        .addValue("district", task.district())
        // "in ()" is not SQL: a code no district has stands for "no neighbours"
        .addValue("neighbours", neighbours.isEmpty() ? List.of("-") : neighbours)
        .addValue("residentId", task.residentId())
        .addValue("days", daysIn(task).stream().map(DayOfWeek::getValue).toList())
        .addValue("recentSince", clock.instant().minus(settings.recentAssignmentsPeriod()).atOffset(ZoneOffset.UTC));

    StringBuilder sql = new StringBuilder("""
        select v.id from volunteer v
        join volunteer_district travel on travel.volunteer_id = v.id and travel.district = :district
        where v.status = 'ACTIVE' and v.identity_verified = true
          and exists (select 1 from volunteer_availability a where a.volunteer_id = v.id and a.day_of_week in (:days))
          and not exists (select 1 from volunteer_offer o where o.open_volunteer_id = v.id)
          and not exists (select 1 from volunteer_assignment a where a.active_volunteer_id = v.id)
          and not exists (select 1 from volunteer_offer o
                          where o.task_id = :taskId and o.search_round = :round and o.volunteer_id = v.id)
        """);
    switch (task.scope()) {
      case DISTRICT -> sql.append(" and v.home_district = :district\n");
      case NEIGHBOURS -> sql.append(" and v.home_district in (:neighbours)\n");
      case BOROUGH -> { } // anyone who travels to the district
    }
    if (!task.requiredSkills().isEmpty()) {
      sql.append(" and (select count(*) from volunteer_skill s where s.volunteer_id = v.id and s.skill in (:skills)) = :skillCount\n");
      params.addValue("skills", task.requiredSkills().stream().map(Skill::name).toList());
      params.addValue("skillCount", task.requiredSkills().size());
    }
    if (task.requiredDbs() != DbsLevel.NONE) {
      List<String> levels = new ArrayList<>();
      for (DbsLevel level : DbsLevel.values()) {
        if (level.satisfies(task.requiredDbs())) {
          levels.add(level.name());
        }
      }
      sql.append(" and v.dbs_level in (:dbsLevels) and v.dbs_issued_on > :dbsIssuedAfter\n");
      params.addValue("dbsLevels", levels);
      params.addValue("dbsIssuedAfter", volunteers.dbsIssuedAfter());
    }
    sql.append("""
        order by
          case when exists (select 1 from volunteer_assignment h
                            where h.resident_id = :residentId and h.volunteer_id = v.id) then 0 else 1 end,
          (select count(*) from volunteer_assignment r where r.volunteer_id = v.id and r.assigned_at > :recentSince),
          v.last_assigned_at asc nulls first,
          case when v.home_district = :district then 0 when v.home_district in (:neighbours) then 1 else 2 end,
          v.id
        fetch first 1 rows only""");
    return jdbc.queryForList(sql.toString(), params, Long.class).stream().findFirst();
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
