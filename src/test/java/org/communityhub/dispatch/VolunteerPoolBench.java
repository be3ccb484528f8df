package org.communityhub.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communityhub.eligibility.Priority;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.Skill;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark helpers that need the dispatch package: a seeded pool of active volunteers (PostgreSQL
 * generate_series, seconds for a million) and the ranking latency of {@link VolunteerMatcher}.
 * L34 gets no resident volunteers, so a task there must widen to its neighbours.
 */
public final class VolunteerPoolBench {

  private static final String HOME_DISTRICTS = "array['WA9','WA10','WA11','WA12','L35']";

  private VolunteerPoolBench() {}

  /** Grows the pool of benchmark volunteers to {@code size}; returns how long the seeding took. */
  public static Duration seedUpTo(JdbcTemplate jdbc, int size) {
    Instant started = Instant.now();
    long have = jdbc.queryForObject("select count(*) from volunteer where last_name like 'Bench%'", Long.class);
    if (have >= size) {
      return Duration.ZERO;
    }
    long from = have + 1;
    long lastIdBefore = jdbc.queryForObject("select coalesce(max(id), 0) from volunteer", Long.class);
    jdbc.update("""
        insert into volunteer (first_name, last_name, email, phone, home_district, status, identity_verified,
                               dbs_level, dbs_issued_on, last_assigned_at, created_at)
        select 'Bench', 'Bench' || g, 'bench' || g || '@volunteers.example', '07700' || lpad((g %% 1000000)::text, 6, '0'),
               (%s)[1 + g %% 5], 'ACTIVE', true, case when g %% 3 = 0 then 'ENHANCED' else 'BASIC' end,
               current_date - (g %% 700)::int, now() - ((g %% 5000) || ' minutes')::interval, now()
        from generate_series(?, ?) g""".formatted(HOME_DISTRICTS), from, size);
    String newOnes = "select id, home_district from volunteer where id > " + lastIdBefore;
    jdbc.update("insert into volunteer_skill (volunteer_id, skill) select id, 'SHOPPING' from (" + newOnes + ") v");
    jdbc.update("insert into volunteer_skill (volunteer_id, skill) select id, 'PRESCRIPTION_COLLECTION' from ("
        + newOnes + ") v where id % 2 = 0");
    jdbc.update("insert into volunteer_availability (volunteer_id, day_of_week) select v.id, d from (" + newOnes
        + ") v cross join generate_series(1, 7) d where (v.id + d) % 7 < 4");
    // They travel to their own district and every bordering one.
    jdbc.update("insert into volunteer_district (volunteer_id, district, home_district) select v.id, n.neighbour_code,"
        + " v.home_district from (" + newOnes + ") v join area_district_neighbour n on n.district_code = v.home_district");
    jdbc.update("insert into volunteer_district (volunteer_id, district, home_district) select id, home_district,"
        + " home_district from (" + newOnes + ") v");
    // vacuum as well: otherwise autovacuum works through the new rows while latencies are measured
    jdbc.execute("vacuum analyze volunteer, volunteer_skill, volunteer_availability, volunteer_district");
    return Duration.between(started, Instant.now());
  }

  /** Ranking latencies in microseconds: a task in a district with volunteers, and one that must widen. */
  public static Map<String, long[]> rankingLatencies(ApplicationContext hub, int samples) {
    VolunteerMatcher matcher = hub.getBean(VolunteerMatcher.class);
    Map<String, long[]> latencies = new LinkedHashMap<>();
    latencies.put("district", measure(samples, i -> matcher.bestCandidate(task(i, "WA10", SearchScope.DISTRICT))));
    // Widening: nobody lives in L34, so the district search comes back empty and the neighbours' one finds someone.
    latencies.put("widening", measure(samples, i -> {
      if (matcher.bestCandidate(task(i, "L34", SearchScope.DISTRICT)).isPresent()) {
        throw new IllegalStateException("L34 should have no resident volunteers in the benchmark pool");
      }
      return matcher.bestCandidate(task(i, "L34", SearchScope.NEIGHBOURS));
    }));
    return latencies;
  }

  /**
   * Prints the plans of the matching queries for one district task and one that widens, as
   * PostgreSQL ran them (auto_explain in this session, reported back as notices that JdbcTemplate
   * logs at DEBUG). Needs a superuser (the embedded database's is).
   */
  public static void explain(ApplicationContext hub) {
    VolunteerMatcher matcher = hub.getBean(VolunteerMatcher.class);
    JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
    LoggingSystem logging = hub.getBean(LoggingSystem.class);
    logging.setLogLevel("org.springframework.jdbc.core.JdbcTemplate", LogLevel.DEBUG);
    try {
      hub.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
        jdbc.execute("load 'auto_explain'");
        jdbc.execute("set local auto_explain.log_min_duration = 0");
        jdbc.execute("set local auto_explain.log_analyze = on");
        jdbc.execute("set local auto_explain.log_buffers = on");
        jdbc.execute("set local client_min_messages = log");
        // A statement's plan arrives with the next statement on the connection: hence the select 1s.
        matcher.bestCandidate(task(0, "WA10", SearchScope.DISTRICT));
        jdbc.queryForObject("select 1", Integer.class);
        matcher.bestCandidate(task(0, "L34", SearchScope.DISTRICT));
        jdbc.queryForObject("select 1", Integer.class);
        matcher.bestCandidate(task(0, "L34", SearchScope.NEIGHBOURS));
        jdbc.queryForObject("select 1", Integer.class);
        // the last resort sorts everyone who travels to the district: shown, not part of the percentiles
        long started = System.nanoTime();
        matcher.bestCandidate(task(0, "WA10", SearchScope.BOROUGH));
        System.out.printf("matching borough (WA10, whole council area): %.1f ms%n", (System.nanoTime() - started) / 1e6);
        jdbc.queryForObject("select 1", Integer.class);
        status.setRollbackOnly();
      });
    } finally {
      logging.setLogLevel("org.springframework.jdbc.core.JdbcTemplate", null);
    }
  }

  private static long[] measure(int samples, java.util.function.IntFunction<java.util.Optional<Long>> call) {
    for (int i = 0; i < 20; i++) {
      call.apply(-1 - i); // warm-up
    }
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      if (call.apply(i).isEmpty()) {
        throw new IllegalStateException("The benchmark pool should always have a candidate");
      }
      micros.add((System.nanoTime() - start) / 1000);
    }
    return micros.stream().mapToLong(Long::longValue).toArray();
  }

  /** A task that exists only for ranking (no offers refer to it), for a different resident each time. */
  private static VolunteerTask task(int i, String district, SearchScope scope) {
    Instant now = Instant.now();
    return new VolunteerTask(-1_000_000L - i, -1, -1_000_000L - i, district, Priority.P2, EnumSet.of(Skill.SHOPPING),
        DbsLevel.BASIC, "Shopping", now, now.plus(Duration.ofHours(48)), scope, 1);
  }
}
