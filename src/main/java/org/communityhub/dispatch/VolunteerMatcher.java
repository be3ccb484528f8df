package org.communityhub.dispatch;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.stereotype.Component;

/**
 * Picks the best volunteer for a task (DESIGN 2, matching rules) with index-ordered look-ups that
 * stop at the first volunteer passing the filters, so the cost does not grow with the pool.
 *
 * <p>Hard filters: active, identity verified, a DBS check of the required level that has not
 * expired, every required skill, available on a day in the task's window, no open offer, no
 * assignment in hand ({@code engaged}, and the offer/assignment rows themselves), not already
 * asked in this round, and willing to travel to the district. The scope decides where the
 * volunteer lives: the district, a neighbouring one, anywhere.
 *
 * <p>Ranking: continuity (helped this resident before — a separate look-up among the few earlier
 * helpers), then fairness (fewest assignments in the recent period, then longest idle, both kept on
 * the volunteer row), then distance, then the longest-serving volunteer. Within one home district
 * distance is the same for everyone, so volunteer_matching_idx yields candidates in rank order;
 * neighbouring districts are looked up one by one and the best of their first candidates wins.
 * The whole council area adds the district itself, its neighbours, and those from further away
 * who travel to it, found through their travel rows (volunteer_district_travel_idx).
 *
 * <p>On PostgreSQL the candidate is locked ({@code FOR NO KEY UPDATE SKIP LOCKED}) until the offer
 * commits, so concurrent matchers pass over each other's choice instead of colliding on
 * volunteer_offer_one_open_uk (the per-district look-ups each lock their first candidate; those
 * not chosen are free again when the offer commits, milliseconds later). H2 (the embedded
 * default) has no SKIP LOCKED and relies on that constraint and the job retry alone.
 */
@Component
class VolunteerMatcher {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  /** Rank order of candidates from different home districts. */
  private static final Comparator<Candidate> RANK = Comparator.comparingInt(Candidate::recentAssignments)
      .thenComparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparingInt(Candidate::distance)
      .thenComparingLong(Candidate::id);

  private final NamedParameterJdbcTemplate jdbc;
  private final AreaService area;
  private final VolunteerService volunteers;
  private volatile String lockClause;

  VolunteerMatcher(NamedParameterJdbcTemplate jdbc, AreaService area, VolunteerService volunteers) {
    this.jdbc = jdbc;
    this.area = area;
    this.volunteers = volunteers;
  }

  /** SKIP LOCKED on PostgreSQL; asked on first use, so the hub starts even while the database is away. */
  private String lockClause() {
    if (lockClause == null) {
      String product = jdbc.getJdbcTemplate().execute(
          (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
      lockClause = "PostgreSQL".equals(product) ? " for no key update of v skip locked" : "";
    }
    return lockClause;
  }

  record Candidate(long id, int recentAssignments, Instant lastAssignedAt, int distance) {}

  /**
   * The best candidate, locked on PostgreSQL until the caller's transaction ends. Call it in the
   * transaction that records the offer.
   */
  Optional<Long> bestCandidate(VolunteerTask task) {
    // Only a wider search needs the neighbours (one round trip fewer for the common case).
    List<String> neighbours = task.scope() == SearchScope.DISTRICT ? List.of() : area.neighboursOf(task.district());
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("taskId", task.id())
        .addValue("round", task.round())
        .addValue("district", task.district())
        // "in ()" is not SQL: a code no district has stands for "no neighbours"
        .addValue("neighbours", neighbours.isEmpty() ? List.of("-") : neighbours)
        .addValue("days", daysIn(task).stream().map(DayOfWeek::getValue).toList());
    String filters = filters(task, params);
    String scope = switch (task.scope()) {
      case DISTRICT -> " and v.home_district = :district";
      case NEIGHBOURS -> " and v.home_district in (:neighbours)";
      case BOROUGH -> ""; // anyone who travels to the district
    };

    // Continuity: the few volunteers who helped this resident before come first.
    List<Long> helpers = jdbc.queryForList(
        "select distinct volunteer_id from volunteer_assignment where resident_id = :residentId",
        new MapSqlParameterSource("residentId", task.residentId()), Long.class);
    if (!helpers.isEmpty()) {
      params.addValue("helpers", helpers);
      Optional<Candidate> helper = first(filters + scope + " and v.id in (:helpers)", DISTANCE, params);
      if (helper.isPresent()) {
        return Optional.of(helper.get().id());
      }
    }
    // Within one home district everyone is as near as everyone else: each look-up below reads
    // volunteer_matching_idx in rank order and stops at the first volunteer passing the filters.
    List<Candidate> firsts = new ArrayList<>();
    if (task.scope() != SearchScope.NEIGHBOURS) {
      first(filters + " and v.home_district = :district", "0", params).ifPresent(firsts::add);
    }
    if (task.scope() != SearchScope.DISTRICT) {
      for (String neighbour : neighbours) {
        params.addValue("home", neighbour);
        first(filters + " and v.home_district = :home", "1", params).ifPresent(firsts::add);
      }
    }
    if (task.scope() == SearchScope.BOROUGH) {
      // The few who come from further away, through their travel rows (volunteer_district_travel_idx).
      List<String> near = new ArrayList<>(neighbours);
      near.add(task.district());
      List<String> far = jdbc.queryForList("select code from area_district where code not in (:near)",
          new MapSqlParameterSource("near", near), String.class);
      if (!far.isEmpty()) {
        params.addValue("far", far);
        first(filters + """
             and v.id in (select f.volunteer_id from volunteer_district f
                          where f.district = :district and f.home_district in (:far))""", "2", params)
            .ifPresent(firsts::add);
      }
    }
    return firsts.stream().min(RANK).map(Candidate::id);
  }

  /** Case expression: 0 lives in the district, 1 in a neighbouring one, 2 further away. */
  private static final String DISTANCE =
      "case when v.home_district = :district then 0 when v.home_district in (:neighbours) then 1 else 2 end";

  /** The best volunteer by rank among those the where clause lets through; distance is SQL (a constant or DISTANCE). */
  private Optional<Candidate> first(String where, String distance, MapSqlParameterSource params) {
    String sql = "select v.id, v.recent_assignments, v.last_assigned_at, " + distance + """

        from volunteer v
        where v.status = 'ACTIVE' and v.engaged = false
        """ + where + """

        order by v.recent_assignments, v.last_assigned_at nulls first, """
        + (DISTANCE.equals(distance) ? "4, " : "") + "v.id fetch first 1 rows only" + lockClause();
    return jdbc.query(sql, params, (rs, n) -> {
      Timestamp last = rs.getTimestamp(3);
      return new Candidate(rs.getLong(1), rs.getInt(2), last == null ? null : last.toInstant(), rs.getInt(4));
    }).stream().findFirst();
  }

  /** The hard filters after status and engagement, as semi-joins checked per candidate in rank order. */
  private String filters(VolunteerTask task, MapSqlParameterSource params) {
    StringBuilder sql = new StringBuilder("""
          and v.identity_verified = true
          and exists (select 1 from volunteer_district t where t.volunteer_id = v.id and t.district = :district)
          and exists (select 1 from volunteer_availability a where a.volunteer_id = v.id and a.day_of_week in (:days))
          and not exists (select 1 from volunteer_offer o where o.open_volunteer_id = v.id)
          and not exists (select 1 from volunteer_assignment a where a.active_volunteer_id = v.id)
          and not exists (select 1 from volunteer_offer o
                          where o.task_id = :taskId and o.search_round = :round and o.volunteer_id = v.id)
        """);
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
    return sql.toString();
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
