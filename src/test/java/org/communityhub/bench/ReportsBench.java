package org.communityhub.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.communityhub.intake.DemandSummary;
import org.communityhub.platform.ReportPeriods;
import org.communityhub.reports.Reports;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reports at size (issue 14): {@code requests} requests seeded with generate_series over the 12
 * months before this one (each with a need; a fifth referred to a partner; volunteers' ones with their
 * response times; updated when received, as if long settled), the demand summary built, then each report for those 12 months timed, against a plain
 * {@code select count(*)} of the range's requests measured the same way.
 */
final class ReportsBench {

  private static final String DISTRICTS = "array['WA9','WA10','WA11','WA12','L34','L35']";
  private static final String NEEDS = "array['FOOD','PRESCRIPTIONS','BEFRIENDING','FINANCIAL_HARDSHIP','HOUSING',"
      + "'MENTAL_HEALTH','DIGITAL','TRANSPORT','OTHER']";

  private final JdbcTemplate jdbc;
  private final Reports reports;
  private final ReportPeriods periods;
  private final DemandSummary summary;

  ReportsBench(ApplicationContext hub) {
    this.jdbc = hub.getBean(JdbcTemplate.class);
    this.summary = hub.getBean(DemandSummary.class);
    this.reports = hub.getBean(Reports.class);
    YearMonth lastMonth = YearMonth.now(ReportPeriods.UK).minusMonths(1);
    this.periods = ReportPeriods.covering(ReportPeriods.By.MONTH, lastMonth.minusMonths(11).atDay(1),
        lastMonth.atEndOfMonth());
  }

  Duration seed(int requests) {
    Instant started = Instant.now();
    int residents = Math.max(1, requests / 2);
    long firstResident = jdbc.queryForObject("select coalesce(max(id), 0) + 2000000 from resident", Long.class);
    long firstRequest = jdbc.queryForObject("select coalesce(max(id), 0) + 3000000 from help_request", Long.class);
    Object start = periods.start().atOffset(ZoneOffset.UTC);
    long seconds = Duration.between(periods.start(), periods.end()).toSeconds();
    jdbc.update("""
        insert into resident (id, first_name, last_name, date_of_birth, address_line1, town, postcode, name_key,
                              address_key, created_at, updated_at)
        select ? + g, 'Report', 'Bench' || g, date '1930-01-01' + (g % 20000), g || ' Report Street', 'St Helens',
               'WA10 1AA', 'report bench' || g, 'WA101AA|' || g || 'reportstreet', now(), now()
        from generate_series(0, ? - 1) g""", firstResident, residents);
    // g spread evenly over the 12 months; every column a function of g. Priorities P1/P2/P3 by g % 3;
    // outcomes by g % 10: 0-5 volunteer, 6-7 referral, 8 signposted, 9 out of area.
    jdbc.update("""
        insert into help_request (id, reference, resident_id, channel, status, urgency, support_network_available,
                                  shielding, disability, self_isolating, consent_share_with_partners,
                                  consent_volunteer_contact, postcode_district, eligibility_outcome, priority,
                                  created_at, updated_at, closed_at, due_by, first_offered_at, assigned_at, helped_at,
                                  returning_resident)
        select id, 'HR-B-' || id, resident, channel, status, 'SOON', false, false, false, false, true, true, district,
               outcome, priority, received, received, received + interval '3 days',
               received + case priority when 'P1' then interval '10 hours' when 'P2' then interval '48 hours'
                                        else interval '7 days' end,
               case when outcome = 'VOLUNTEER' then received + (g % 120) * interval '1 minute' end,
               case when outcome = 'VOLUNTEER' then received + (g % 600) * interval '1 minute' end,
               case when outcome = 'VOLUNTEER' and g % 7 > 0 then received + (g % 3000) * interval '1 minute' end,
               g >= ?
        from (select g, ? + g as id, ? + g % ? as resident,
                     (array['PHONE','PARTNER','ONLINE'])[1 + g % 3] as channel,
                     case when g % 10 = 9 then 'OUT_OF_AREA' else 'CLOSED' end as status,
                     (DISTRICTS)[1 + g % 6] as district,
                     case when g % 10 < 6 then 'VOLUNTEER' when g % 10 < 8 then 'REFER'
                          when g % 10 = 8 then 'SIGNPOST' end as outcome,
                     'P' || (1 + g % 3) as priority,
                     cast(? as timestamp with time zone) + (g * (? / cast(? as double precision))) * interval '1 second'
                       as received
              from generate_series(0, ? - 1) g) r""".replace("DISTRICTS", DISTRICTS),
        residents, firstRequest, firstResident, residents, start, seconds, requests, requests);
    jdbc.update("insert into help_request_need (request_id, need) select ? + g, (%s)[1 + g %% 9]"
        .formatted(NEEDS) + " from generate_series(0, ? - 1) g", firstRequest, requests);
    long firstReferral = jdbc.queryForObject("select coalesce(max(id), 0) + 3000000 from referral", Long.class);
    jdbc.update("""
        insert into referral (id, request_id, partner_id, status, priority, safeguarding, escalations, created_at,
                              sent_at, acknowledged_at, version)
        select ? + g, id, (select min(id) from partner) + g % 3, 'ACKNOWLEDGED', priority, false, g % 4 / 3,
               created_at, created_at, created_at + interval '2 hours', 0
        from (select id, priority, created_at, row_number() over (order by id) - 1 as g from help_request
              where id >= ? and eligibility_outcome = 'REFER') r""", firstReferral, firstRequest);
    jdbc.queryForObject("select setval('resident_seq', ?)", Long.class, firstResident + residents + 1000);
    jdbc.queryForObject("select setval('help_request_seq', ?)", Long.class, firstRequest + requests + 1000);
    jdbc.queryForObject("select setval('referral_seq', ?)", Long.class, firstReferral + requests + 1000);
    jdbc.execute("vacuum analyze resident, help_request, help_request_need, referral");
    return Duration.between(started, Instant.now());
  }

  /** Builds the demand report's day summary from nothing (what V77's first refresh does); returns how long it took. */
  Duration buildSummary() {
    Instant started = Instant.now();
    summary.refresh();
    return Duration.between(started, Instant.now());
  }

  /** Latencies in microseconds per report, the baseline (count(*) over the range) first. */
  Map<String, long[]> latencies(int samples) {
    Map<String, long[]> latencies = new LinkedHashMap<>();
    Object start = periods.start().atOffset(ZoneOffset.UTC);
    Object end = periods.end().atOffset(ZoneOffset.UTC);
    latencies.put("baseline: count(*) of the 12 months' requests", measure(samples, () -> jdbc.queryForObject(
        "select count(*) from help_request where created_at >= ? and created_at < ?", Long.class, start, end)));
    for (Reports.Kind kind : Reports.Kind.values()) {
      latencies.put(kind.title(), measure(samples, () -> reports.report(kind, periods)));
    }
    YearMonth lastMonth = YearMonth.from(periods.periods().get(periods.size() - 1).first());
    latencies.put("panel report (4 months, every report)", measure(samples, () -> reports.panel(lastMonth)));
    return latencies;
  }

  LocalDate from() {
    return periods.periods().get(0).first();
  }

  private static long[] measure(int samples, Supplier<Object> report) {
    for (int i = 0; i < Math.max(2, samples / 10); i++) {
      report.get();
    }
    long[] micros = new long[samples];
    for (int i = 0; i < samples; i++) {
      long begin = System.nanoTime();
      report.get();
      micros[i] = (System.nanoTime() - begin) / 1000;
    }
    return micros;
  }
}
