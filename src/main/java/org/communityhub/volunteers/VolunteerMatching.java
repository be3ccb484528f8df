package org.communityhub.volunteers;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.communityhub.area.AreaService;
import org.communityhub.volunteers.MatchRequest.Reach;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching's read of the volunteers register, and the columns it ranks by. The volunteers feature
 * owns the query and its indexes (volunteer_matching_idx, volunteer_district_travel_idx); dispatch
 * asks with a {@link MatchRequest} and keeps what it knows (offers, assignments) on its side: it
 * says who is engaged, who was asked already, who helped the resident before.
 *
 * <p>Index-ordered look-ups stop at the first volunteer passing the filters, so the cost does not
 * grow with the pool. Hard filters: active, identity verified, not engaged (an open offer or an
 * assignment in hand, as dispatch last said), a DBS check of the required level that has not
 * expired, every required skill, available on a day in the window and at a time of day it
 * touches (or at any time), willing to travel to the
 * district, not excluded. The reach decides where the volunteer lives.
 *
 * <p>Ranking: the preferred (continuity) first, then fairness (fewest assignments in the recent
 * period, then longest idle), then distance, then the longest-serving volunteer. Within one home
 * district distance is the same for everyone, so volunteer_matching_idx yields candidates in rank
 * order; neighbouring districts are looked up one by one and the best of their first candidates
 * wins. The whole council area adds those from further away who travel to the district, found
 * through their travel rows.
 *
 * <p>On PostgreSQL the candidate is locked ({@code FOR NO KEY UPDATE SKIP LOCKED}) until the
 * caller's transaction ends, so concurrent matchers pass over each other's choice. H2 (the embedded
 * default) has no SKIP LOCKED and relies on dispatch's one-open-offer constraint and a job retry.
 */
@Service
public class VolunteerMatching {

  /** Rank order of candidates from different home districts. */
  private static final Comparator<Candidate> RANK = Comparator.comparingInt(Candidate::recentAssignments)
      .thenComparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparingInt(Candidate::distance)
      .thenComparingLong(Candidate::id);

  /** Case expression: 0 lives in the district, 1 in a neighbouring one, 2 further away. */
  private static final String DISTANCE =
      "case when v.home_district = :district then 0 when v.home_district in (:neighbours) then 1 else 2 end";

  private final NamedParameterJdbcTemplate jdbc;
  private final AreaService area;
  private final DbsCheckService dbsChecks;
  private volatile String lockClause;

  VolunteerMatching(NamedParameterJdbcTemplate jdbc, AreaService area, DbsCheckService dbsChecks) {
    this.jdbc = jdbc;
    this.area = area;
    this.dbsChecks = dbsChecks;
  }

  private record Candidate(long id, int recentAssignments, Instant lastAssignedAt, int distance) {}

  /**
   * The best candidate, locked on PostgreSQL until the caller's transaction ends: call it in the
   * transaction that records the offer.
   */
  public Optional<Long> bestCandidate(MatchRequest request) {
    // Only a wider search needs the neighbours (one round trip fewer for the common case).
    List<String> neighbours = request.reach() == Reach.DISTRICT ? List.of() : area.neighboursOf(request.district());
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("district", request.district())
        // "in ()" is not SQL: a code no district has stands for "no neighbours"
        .addValue("neighbours", neighbours.isEmpty() ? List.of("-") : neighbours)
        .addValue("days", request.days().stream().map(d -> d.getValue()).toList());
    String filters = filters(request, params);
    String reach = switch (request.reach()) {
      case DISTRICT -> " and v.home_district = :district";
      case NEIGHBOURS -> " and v.home_district in (:neighbours)";
      case BOROUGH -> ""; // anyone who travels to the district
    };

    if (!request.preferred().isEmpty()) {
      params.addValue("preferred", request.preferred());
      Optional<Candidate> preferred = first(filters + reach + " and v.id in (:preferred)", DISTANCE, params);
      if (preferred.isPresent()) {
        return Optional.of(preferred.get().id());
      }
    }
    // Within one home district everyone is as near as everyone else: each look-up below reads
    // volunteer_matching_idx in rank order and stops at the first volunteer passing the filters.
    List<Candidate> firsts = new ArrayList<>();
    if (request.reach() != Reach.NEIGHBOURS) {
      first(filters + " and v.home_district = :district", "0", params).ifPresent(firsts::add);
    }
    if (request.reach() != Reach.DISTRICT) {
      for (String neighbour : neighbours) {
        params.addValue("home", neighbour);
        first(filters + " and v.home_district = :home", "1", params).ifPresent(firsts::add);
      }
    }
    if (request.reach() == Reach.BOROUGH) {
      // The few who come from further away, through their travel rows (volunteer_district_travel_idx).
      List<String> far = new ArrayList<>(area.districtCodes());
      far.removeAll(neighbours);
      far.remove(request.district());
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

  /**
   * Dispatch says whether the volunteer holds an open offer or an assignment in hand. Call
   * {@link #lockForUpdate} first and work out the answer after it, so two answers computed at
   * once are written one after the other, each from what the other committed.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void markEngaged(long volunteerId, boolean engaged) {
    jdbc.update("update volunteer set engaged = :engaged where id = :id",
        new MapSqlParameterSource("engaged", engaged).addValue("id", volunteerId));
  }

  /** Locks the volunteer's row until the caller's transaction ends. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockForUpdate(long volunteerId) {
    jdbc.queryForList("select id from volunteer where id = :id for update", new MapSqlParameterSource("id", volunteerId),
        Long.class);
  }

  /** An assignment was made: fairness counts it, and the volunteer is engaged until it is reported. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordAssignment(long volunteerId, Instant at) {
    jdbc.update("""
        update volunteer set last_assigned_at = :at, recent_assignments = recent_assignments + 1,
            recent_oldest_at = coalesce(recent_oldest_at, :at), engaged = true
        where id = :id""", new MapSqlParameterSource("at", at.atOffset(ZoneOffset.UTC)).addValue("id", volunteerId));
  }

  /** Volunteers whose oldest counted assignment was made at or before this instant: due a recount. */
  @Transactional(readOnly = true)
  public List<Long> dueForRecount(Instant since, int limit) {
    return jdbc.queryForList("""
        select id from volunteer where recent_oldest_at <= :since order by id fetch first :limit rows only""",
        new MapSqlParameterSource("since", since.atOffset(ZoneOffset.UTC)).addValue("limit", limit), Long.class);
  }

  /** A volunteer's assignments in the recent period, as dispatch counted them. */
  public record RecentAssignments(long volunteerId, int count, Instant oldest) {}

  @Transactional(propagation = Propagation.MANDATORY)
  public void recount(List<RecentAssignments> counts) {
    jdbc.batchUpdate("update volunteer set recent_assignments = :count, recent_oldest_at = :oldest where id = :id",
        counts.stream().map(c -> new MapSqlParameterSource("count", c.count())
            .addValue("oldest", c.oldest() == null ? null : c.oldest().atOffset(ZoneOffset.UTC))
            .addValue("id", c.volunteerId())).toArray(MapSqlParameterSource[]::new));
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
  private String filters(MatchRequest request, MapSqlParameterSource params) {
    StringBuilder sql = new StringBuilder("""
          and v.identity_verified = true
          and exists (select 1 from volunteer_district t where t.volunteer_id = v.id and t.district = :district)
          and exists (select 1 from volunteer_availability a where a.volunteer_id = v.id and a.day_of_week in (:days))
        """);
    if (!request.timesOfDay().isEmpty() && request.timesOfDay().size() < TimeOfDay.values().length) {
      sql.append("""
            and (not exists (select 1 from volunteer_time_of_day x where x.volunteer_id = v.id)
                 or exists (select 1 from volunteer_time_of_day x where x.volunteer_id = v.id and x.time_of_day in (:times)))
          """);
      params.addValue("times", request.timesOfDay().stream().map(TimeOfDay::name).toList());
    }
    if (!request.excluded().isEmpty()) {
      sql.append(" and v.id not in (:excluded)\n");
      params.addValue("excluded", request.excluded());
    }
    if (!request.skills().isEmpty()) {
      sql.append(" and (select count(*) from volunteer_skill s where s.volunteer_id = v.id and s.skill in (:skills)) = :skillCount\n");
      params.addValue("skills", request.skills().stream().map(Skill::name).toList());
      params.addValue("skillCount", request.skills().size());
    }
    if (request.dbs() != DbsLevel.NONE) {
      List<String> levels = new ArrayList<>();
      for (DbsLevel level : DbsLevel.values()) {
        if (level.satisfies(request.dbs())) {
          levels.add(level.name());
        }
      }
      sql.append(" and v.dbs_level in (:dbsLevels) and v.dbs_issued_on > :dbsIssuedAfter\n");
      params.addValue("dbsLevels", levels);
      params.addValue("dbsIssuedAfter", dbsChecks.dbsIssuedAfter());
    }
    return sql.toString();
  }
}
