package org.communityhub.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.communityhub.intake.IntakeService;
import org.communityhub.residents.ResidentSearch;
import org.communityhub.residents.ResidentService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff desk's searches at size: residents and requests seeded with generate_series (ids above
 * the hub's own, the sequences moved past them), then each search kind of
 * {@link ResidentService#search} and {@link IntakeService#findByReference} timed over random
 * queries for rows that exist, against a primary-key look-up measured the same way.
 */
final class ResidentSearchBench {

  /** The desk asks for at most this many residents (ResidentsController). */
  private static final int LIMIT = 20;
  private static final String[] FIRST_NAMES = {"Mary", "John", "Joan", "Peter", "Susan", "David", "Margaret", "Brian",
      "Patricia", "Alan", "Jean", "Keith", "Barbara", "Derek", "Dorothy", "Colin", "Irene", "Graham", "Sheila", "Roy"};
  private static final String DISTRICTS = "array['WA9','WA10','WA11','WA12','L34','L35']";
  private static final LocalDate FIRST_BIRTHDAY = LocalDate.of(1925, 1, 1);
  private static final int BIRTHDAYS = 25_000;

  private final JdbcTemplate jdbc;
  private final ResidentService residents;
  private final IntakeService intake;
  private long firstResident;
  private long firstRequest;
  private int residentCount;
  private int requestCount;

  ResidentSearchBench(ApplicationContext hub) {
    this.jdbc = hub.getBean(JdbcTemplate.class);
    this.residents = hub.getBean(ResidentService.class);
    this.intake = hub.getBean(IntakeService.class);
  }

  /** Seeds {@code residentCount} residents and {@code requestCount} requests; returns how long it took. */
  Duration seed(int residentCount, int requestCount) {
    Instant started = Instant.now();
    this.residentCount = residentCount;
    this.requestCount = requestCount;
    firstResident = jdbc.queryForObject("select greatest(coalesce(max(id), 0), 0) + 1000000 from resident", Long.class);
    // at least 1,000,000, so the reference needs no zero padding (HR-2026-1000000)
    firstRequest = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from help_request", Long.class);
    String firstNames = "array['" + String.join("','", FIRST_NAMES) + "']";
    // g runs 0..n-1; every column is a function of g, so a query for resident g can be rebuilt in Java.
    jdbc.update("""
        insert into resident (id, first_name, last_name, date_of_birth, phone, email, address_line1, town, postcode,
                              name_key, address_key, created_at, updated_at)
        select ? + g, (%1$s)[1 + g %% 20], 'Kay' || g, date '1925-01-01' + (g %% %2$d),
               '07' || lpad(g::text, 9, '0'), 'resident' || g || '@example.org', (g %% 200 + 1) || ' Bench Street',
               'St Helens', (%3$s)[1 + g %% 6] || ' ' || (g / 6 %% 10) || chr(65 + g / 60 %% 26) || chr(65 + g / 1560 %% 26),
               lower((%1$s)[1 + g %% 20]) || ' kay' || g,
               (%3$s)[1 + g %% 6] || (g / 6 %% 10) || chr(65 + g / 60 %% 26) || chr(65 + g / 1560 %% 26)
                 || '|' || (g %% 200 + 1) || 'benchstreet',
               now(), now()
        from generate_series(0, ? - 1) g""".formatted(firstNames, BIRTHDAYS, DISTRICTS), firstResident, residentCount);
    jdbc.update("""
        insert into help_request (id, reference, resident_id, channel, status, urgency, support_network_available,
                                  shielding, disability, self_isolating, consent_share_with_partners,
                                  consent_volunteer_contact, created_at, updated_at, closed_at)
        select ? + g, 'HR-2026-' || (? + g), ? + g % ?, 'PHONE', 'CLOSED', 'SOON', false,
               false, false, false, true, true, now(), now(), now()
        from generate_series(0, ? - 1) g""", firstRequest, firstRequest, firstResident, residentCount, requestCount);
    // The hub's own inserts take ids from these sequences (pooled-lo blocks of 50): past the seeded rows.
    jdbc.queryForObject("select setval('resident_seq', ?)", Long.class, firstResident + residentCount + 1000);
    jdbc.queryForObject("select setval('help_request_seq', ?)", Long.class, firstRequest + requestCount + 1000);
    jdbc.execute("vacuum analyze resident, help_request");
    return Duration.between(started, Instant.now());
  }

  /** Latencies in microseconds per search kind, the baseline (a resident by primary key) first. */
  Map<String, long[]> latencies(int samples) {
    Random random = new Random(69);
    Map<String, long[]> latencies = new LinkedHashMap<>();
    latencies.put("baseline: resident by primary key", measure(samples,
        i -> residents.find(firstResident + random.nextInt(residentCount)).isPresent()));
    latencies.put("reference", measure(samples, i -> intake.findByReference(
        String.format("HR-2026-%06d", firstRequest + random.nextInt(requestCount))).isPresent()));
    latencies.put("name (part of it)", measure(samples, i -> found(new ResidentSearch(
        "Kay" + random.nextInt(residentCount), null, null, null, null))));
    latencies.put("date of birth", measure(samples, i -> found(new ResidentSearch(
        null, FIRST_BIRTHDAY.plusDays(random.nextInt(BIRTHDAYS)), null, null, null))));
    latencies.put("phone", measure(samples, i -> found(new ResidentSearch(
        null, null, String.format("07%09d", random.nextInt(residentCount)), null, null))));
    latencies.put("email", measure(samples, i -> found(new ResidentSearch(
        null, null, null, "Resident" + random.nextInt(residentCount) + "@Example.org", null))));
    latencies.put("postcode", measure(samples, i -> found(new ResidentSearch(
        null, null, null, null, postcode(random.nextInt(residentCount))))));
    return latencies;
  }

  /** The postcode the seeding gave resident g, typed as staff would ("wa10 3bc"). */
  private static String postcode(int g) {
    String[] districts = {"WA9", "WA10", "WA11", "WA12", "L34", "L35"};
    return (districts[g % 6] + " " + (g / 6 % 10) + (char) ('A' + g / 60 % 26) + (char) ('A' + g / 1560 % 26))
        .toLowerCase();
  }

  private boolean found(ResidentSearch search) {
    List<?> found = residents.search(search, LIMIT);
    return !found.isEmpty();
  }

  /** Times {@code samples} queries after a tenth as many warm-up ones; a query that finds nothing is an error. */
  private static long[] measure(int samples, IntFunction<Boolean> query) {
    for (int i = 0; i < Math.max(10, samples / 10); i++) {
      query.apply(i);
    }
    long[] micros = new long[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      if (!query.apply(i)) {
        throw new IllegalStateException("a benchmark query found nothing: the seeding and the queries disagree");
      }
      micros[i] = (System.nanoTime() - start) / 1000;
    }
    return micros;
  }
}
