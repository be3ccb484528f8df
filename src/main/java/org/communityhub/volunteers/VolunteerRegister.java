package org.communityhub.volunteers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of volunteers as coordinators browse it: a page at a time, in name order,
 * filtered by home district, skill, status, DBS state and time since last deployed. Sized for
 * ~50,000 volunteers: the order and each filter have an index (V63), a page reads 50 rows and
 * their skills in one more query.
 */
@Service
public class VolunteerRegister {

  public static final int PAGE_SIZE = 50;
  /** A valid DBS certificate "expires soon" within this many days. */
  public static final int EXPIRES_SOON_DAYS = 60;

  /** Where a volunteer's DBS certificate stands today; each volunteer is in exactly one state. */
  public enum DbsState {
    /** Valid for more than {@link #EXPIRES_SOON_DAYS} days. */
    VALID,
    EXPIRES_SOON,
    EXPIRED,
    NONE
  }

  /** What to list; a null field does not filter. idleDays: not deployed for at least that many days (or never). */
  public record Filter(String homeDistrict, Skill skill, VolunteerStatus status, DbsState dbs, Integer idleDays) {

    public static Filter everyone() {
      return new Filter(null, null, null, null, null);
    }
  }

  public record Entry(long id, String reference, String firstName, String lastName, String homeDistrict,
      List<Skill> skills, VolunteerStatus status, DbsState dbs, LocalDate dbsExpiresOn, Instant lastDeployedAt) {}

  /** One page (1-based) of the register and how many volunteers match in all. */
  public record Page(List<Entry> entries, long total, int number) {

    public int pages() {
      return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final Period dbsValidFor;

  VolunteerRegister(JdbcTemplate jdbc, Clock clock, VolunteerSettings settings) {
    this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    this.clock = clock;
    this.dbsValidFor = settings.dbsValidFor();
  }

  @Transactional(readOnly = true)
  public Page search(Filter filter, int pageNumber) {
    LocalDate today = LocalDate.now(clock);
    // Certificates issued after validAfter are valid today; those issued up to soonBefore expire within 60 days.
    LocalDate validAfter = today.minus(dbsValidFor);
    LocalDate soonBefore = today.plusDays(EXPIRES_SOON_DAYS).minus(dbsValidFor);
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("validAfter", validAfter).addValue("soonBefore", soonBefore);
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (filter.homeDistrict() != null) {
      where.append(" and v.home_district = :district");
      params.addValue("district", filter.homeDistrict());
    }
    if (filter.status() != null) {
      where.append(" and v.status = :status");
      params.addValue("status", filter.status().name());
    }
    if (filter.skill() != null) {
      where.append(" and exists (select 1 from volunteer_skill s where s.volunteer_id = v.id and s.skill = :skill)");
      params.addValue("skill", filter.skill().name());
    }
    if (filter.dbs() != null) {
      where.append(switch (filter.dbs()) {
        case VALID -> " and v.dbs_level <> 'NONE' and v.dbs_issued_on > :soonBefore";
        case EXPIRES_SOON -> " and v.dbs_level <> 'NONE' and v.dbs_issued_on > :validAfter"
            + " and v.dbs_issued_on <= :soonBefore";
        case EXPIRED -> " and v.dbs_level <> 'NONE' and v.dbs_issued_on <= :validAfter";
        case NONE -> " and (v.dbs_level = 'NONE' or v.dbs_issued_on is null)";
      });
    }
    if (filter.idleDays() != null) {
      where.append(" and (v.last_assigned_at is null or v.last_assigned_at < :idleSince)");
      params.addValue("idleSince", Timestamp.from(clock.instant().minus(filter.idleDays(), ChronoUnit.DAYS)));
    }
    long total = jdbc.queryForObject("select count(*) from volunteer v" + where, params, Long.class);
    int number = Math.max(1, pageNumber);
    params.addValue("limit", PAGE_SIZE).addValue("offset", (long) (number - 1) * PAGE_SIZE);
    List<Entry> entries = new ArrayList<>();
    jdbc.query("""
        select v.id, v.first_name, v.last_name, v.home_district, v.status, v.dbs_level, v.dbs_issued_on,
               v.last_assigned_at
        from volunteer v""" + where + " order by v.last_name, v.first_name, v.id limit :limit offset :offset",
        params, row -> {
          LocalDate issued = row.getObject("dbs_issued_on", LocalDate.class);
          boolean holds = issued != null && !"NONE".equals(row.getString("dbs_level"));
          DbsState state = !holds ? DbsState.NONE : !issued.isAfter(validAfter) ? DbsState.EXPIRED
              : !issued.isAfter(soonBefore) ? DbsState.EXPIRES_SOON : DbsState.VALID;
          Timestamp deployed = row.getTimestamp("last_assigned_at");
          long id = row.getLong("id");
          entries.add(new Entry(id, OnboardingVariables.reference(id), row.getString("first_name"),
              row.getString("last_name"), row.getString("home_district"), new ArrayList<>(),
              VolunteerStatus.valueOf(row.getString("status")), state, holds ? issued.plus(dbsValidFor) : null,
              deployed == null ? null : deployed.toInstant()));
        });
    addSkills(entries);
    return new Page(entries, total, number);
  }

  private void addSkills(List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Map<Long, Entry> byId = new HashMap<>();
    entries.forEach(entry -> byId.put(entry.id(), entry));
    jdbc.query("select volunteer_id, skill from volunteer_skill where volunteer_id in (:ids) order by skill",
        new MapSqlParameterSource("ids", byId.keySet()),
        row -> {
          byId.get(row.getLong(1)).skills().add(Skill.valueOf(row.getString(2)));
        });
  }

  /** When the volunteer was last given a task (null: never), for their page. */
  @Transactional(readOnly = true)
  public Instant lastDeployedAt(long volunteerId) {
    return jdbc.getJdbcTemplate().queryForList("select last_assigned_at from volunteer where id = ?", Timestamp.class,
        volunteerId).stream().filter(t -> t != null).map(Timestamp::toInstant).findFirst().orElse(null);
  }

}
