package org.communityhub.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.communityhub.rules.RulePreviewBench;
import org.communityhub.support.Models;
import org.communityhub.dispatch.VolunteerPoolBench;
import org.communityhub.support.Jobs;
import org.communityhub.support.StandaloneHub;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark command: ./mvnw -B -Pbench verify. Figures are ratios against a baseline measured
 * in the same run on the same engine and database. Prints a table; writes target/benchmark/results.json.
 * Settings: -Dbench.threads (8), -Dbench.seconds (20), -Dbench.warmup (5), -Dbench.jdbcUrl,
 * -Dbench.matchingSizes (10000,100000,1000000), -Dbench.matchingSamples (50), -Dbench.explain (false: print the
 * matching queries' plans), -Dbench.surgeRequests (20000; 0 skips the surge), -Dbench.surgeVolunteers (100000),
 * -Dbench.surgePatienceMinutes (5), -Dbench.maxHeap (1g, the JVM's -Xmx), -Dbench.previewRequests (10000),
 * -Dbench.searchResidents (500000), -Dbench.searchRequests (1000000), -Dbench.searchSamples (500),
 * -Dbench.only=search (only the desk's searches), -Dbench.only=reports (only the reports: -Dbench.reportRequests
 * (1000000), -Dbench.reportSamples (20)).
 */
@Tag("benchmark")
class HubBenchmark {

  private static final int THREADS = Integer.getInteger("bench.threads", 8);
  private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
  private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));

  private static final int MATCHING_SAMPLES = Integer.getInteger("bench.matchingSamples", 50);
  private static final int[] MATCHING_SIZES = java.util.Arrays.stream(
      System.getProperty("bench.matchingSizes", "10000,100000,1000000").split(",")).mapToInt(Integer::parseInt).toArray();

  private static final int SURGE_REQUESTS = Integer.getInteger("bench.surgeRequests", 20_000);
  private static final int SURGE_VOLUNTEERS = Integer.getInteger("bench.surgeVolunteers", 100_000);
  /** The surge ends when every request is settled, or when nothing has moved for this long. */
  private static final Duration SURGE_PATIENCE = Duration.ofMinutes(Integer.getInteger("bench.surgePatienceMinutes", 5));

  /** The rule preview's size: the most a process owner can preview at once. */
  private static final int PREVIEW_REQUESTS = Integer.getInteger("bench.previewRequests", 10_000);
  private static final int SEARCH_RESIDENTS = Integer.getInteger("bench.searchResidents", 500_000);
  private static final int SEARCH_REQUESTS = Integer.getInteger("bench.searchRequests", 1_000_000);
  private static final int SEARCH_SAMPLES = Integer.getInteger("bench.searchSamples", 500);
  /** "search": only the desk's search phase (seeding and timing the searches), nothing else. */
  private static final boolean SEARCH_ONLY = "search".equals(System.getProperty("bench.only"));
  /** "reports": only the reports phase (seeding a year of requests and timing each report). */
  private static final boolean REPORTS_ONLY = "reports".equals(System.getProperty("bench.only"));
  private static final int REPORT_REQUESTS = Integer.getInteger("bench.reportRequests", 1_000_000);
  private static final int REPORT_SAMPLES = Integer.getInteger("bench.reportSamples", 20);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void run() throws Exception {
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("date", Instant.now().toString());
    results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
        "maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024),
        "java", System.getProperty("java.version"), "os", System.getProperty("os.name") + " " + System.getProperty("os.arch")));
    results.put("command", "./mvnw -B -Pbench verify");
    List<Measurement> phases = new ArrayList<>();
    try (BenchmarkHub hub = BenchmarkHub.start()) {
      JdbcTemplate jdbc = hub.bean(JdbcTemplate.class);
      if (SEARCH_ONLY) {
        results.put("search", search(hub));
        results.put("peakHeapMb", peakHeapMb());
        results.put("databaseMb", jdbc.queryForObject("select pg_database_size(current_database())", Long.class)
            / (1024 * 1024));
        writeAndPrint(results);
        return;
      }
      if (REPORTS_ONLY) {
        results.put("reports", reports(hub));
        results.put("peakHeapMb", peakHeapMb());
        results.put("databaseMb", jdbc.queryForObject("select pg_database_size(current_database())", Long.class)
            / (1024 * 1024));
        writeAndPrint(results);
        return;
      }
      Measurement baseline = baseline(hub);
      phases.add(baseline);

      Map<String, Object> preview = RulePreviewBench.measure(hub.context, PREVIEW_REQUESTS, 5);
      System.out.println("rule preview " + preview);
      results.put("rulePreview", preview);

      Duration seeding = VolunteerPoolBench.seedUpTo(jdbc, 10_000);
      Measurement intake = intake(hub);
      phases.add(intake);
      phases.add(firstOffers(hub, intake));

      List<Map<String, Object>> matching = new ArrayList<>();
      Map<String, Object> surge = null;
      long peakBeforeSurge = 0;
      for (int size : java.util.Arrays.stream(MATCHING_SIZES).sorted().toArray()) {
        // The pool only grows: the surge runs when it has its size, before a larger matching size.
        if (surge == null && SURGE_REQUESTS > 0 && size > SURGE_VOLUNTEERS) {
          peakBeforeSurge = peakHeapMb();
          surge = surge(hub);
        }
        seeding = VolunteerPoolBench.seedUpTo(jdbc, size);
        VolunteerPoolBench.rankingLatencies(hub.context, MATCHING_SAMPLES).forEach((kind, micros) -> {
          Measurement ranking = new Measurement("matching " + kind, 1, 0, micros.length, micros, Instant.now());
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("volunteers", size);
          row.put("case", kind);
          row.put("samples", micros.length);
          row.put("p50Ms", Measurement.round(ranking.percentileMillis(50)));
          row.put("p95Ms", Measurement.round(ranking.percentileMillis(95)));
          row.put("p99Ms", Measurement.round(ranking.percentileMillis(99)));
          matching.add(row);
          System.out.println("matching " + row); // as it is measured: the 1M run takes long
        });
        matching.get(matching.size() - 1).put("seedingSeconds", seeding.toSeconds());
        if (Boolean.getBoolean("bench.explain")) {
          VolunteerPoolBench.explain(hub.context);
        }
      }
      if (surge == null && SURGE_REQUESTS > 0) {
        peakBeforeSurge = peakHeapMb();
        surge = surge(hub);
      }
      results.put("matching", matching);
      results.put("surge", surge);
      // Last: its million requests would otherwise weigh on the phases above.
      results.put("search", search(hub));

      results.put("baseline", baseline.asJson(baseline.perSecond()));
      List<Map<String, Object>> rows = new ArrayList<>();
      phases.forEach(phase -> rows.add(phase.asJson(baseline.perSecond())));
      results.put("phases", rows);
      results.put("peakHeapMb", Math.max(peakBeforeSurge, peakHeapMb()));
      results.put("databaseMb", jdbc.queryForObject("select pg_database_size(current_database())", Long.class)
          / (1024 * 1024));
    }
    writeAndPrint(results);
  }

  private static void writeAndPrint(Map<String, Object> results) throws java.io.IOException {
    print(results);
    Path out = Path.of("target", "benchmark", "results.json");
    Files.createDirectories(out.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
    System.out.println("Figures written to " + out.toAbsolutePath());
  }

  /**
   * The desk's searches at SEARCH_RESIDENTS residents and SEARCH_REQUESTS requests: p50/p95/p99 per
   * kind, each p95 also as a ratio to the primary-key look-up's p95 measured in the same run.
   */
  private Map<String, Object> search(BenchmarkHub hub) {
    ResidentSearchBench bench = new ResidentSearchBench(hub.context);
    Duration seeding = bench.seed(SEARCH_RESIDENTS, SEARCH_REQUESTS);
    List<Map<String, Object>> kinds = new ArrayList<>();
    double baselineP95 = Double.NaN;
    for (Map.Entry<String, long[]> kind : bench.latencies(SEARCH_SAMPLES).entrySet()) {
      Measurement search = new Measurement("search " + kind.getKey(), 1, 0, kind.getValue().length, kind.getValue(),
          Instant.now());
      double p95 = search.percentileMillis(95);
      baselineP95 = Double.isNaN(baselineP95) ? p95 : baselineP95;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kind", kind.getKey());
      row.put("samples", kind.getValue().length);
      row.put("p50Ms", Measurement.round(search.percentileMillis(50)));
      row.put("p95Ms", Measurement.round(p95));
      row.put("p99Ms", Measurement.round(search.percentileMillis(99)));
      row.put("p95RatioToBaseline", Measurement.round(p95 / baselineP95));
      kinds.add(row);
      System.out.println("search " + row);
    }
    Map<String, Object> search = new LinkedHashMap<>();
    search.put("residents", SEARCH_RESIDENTS);
    search.put("requests", SEARCH_REQUESTS);
    search.put("seedingSeconds", seeding.toSeconds());
    search.put("kinds", kinds);
    return search;
  }

  /**
   * The reports for 12 months at REPORT_REQUESTS requests: p50/p95/p99 per report, each p95 also as a
   * ratio to the p95 of a plain count(*) of the range's requests measured in the same run.
   */
  private Map<String, Object> reports(BenchmarkHub hub) {
    ReportsBench bench = new ReportsBench(hub.context);
    Duration seeding = bench.seed(REPORT_REQUESTS);
    Duration summary = bench.buildSummary();
    System.out.println("demand summary built in " + summary.toMillis() + " ms");
    List<Map<String, Object>> kinds = new ArrayList<>();
    double baselineP95 = Double.NaN;
    for (Map.Entry<String, long[]> kind : bench.latencies(REPORT_SAMPLES).entrySet()) {
      Measurement report = new Measurement("report " + kind.getKey(), 1, 0, kind.getValue().length, kind.getValue(),
          Instant.now());
      double p95 = report.percentileMillis(95);
      baselineP95 = Double.isNaN(baselineP95) ? p95 : baselineP95;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("report", kind.getKey());
      row.put("samples", kind.getValue().length);
      row.put("p50Ms", Measurement.round(report.percentileMillis(50)));
      row.put("p95Ms", Measurement.round(p95));
      row.put("p99Ms", Measurement.round(report.percentileMillis(99)));
      row.put("p95RatioToBaseline", Measurement.round(p95 / baselineP95));
      kinds.add(row);
      System.out.println("report " + row);
    }
    Map<String, Object> reports = new LinkedHashMap<>();
    reports.put("requests", REPORT_REQUESTS);
    reports.put("from", bench.from().toString());
    reports.put("seedingSeconds", seeding.toSeconds());
    reports.put("demandSummaryBuildSeconds", Measurement.round(summary.toMillis() / 1000.0));
    reports.put("kinds", kinds);
    return reports;
  }

  /** The surge on a pool of SURGE_VOLUNTEERS benchmark volunteers (more if the pool is already larger). */
  private Map<String, Object> surge(BenchmarkHub hub) throws Exception {
    JdbcTemplate jdbc = hub.bean(JdbcTemplate.class);
    VolunteerPoolBench.seedUpTo(jdbc, SURGE_VOLUNTEERS);
    Jobs.awaitDueJobs(hub.bean(org.camunda.bpm.engine.ManagementService.class));
    int pool = jdbc.queryForObject("select count(*) from volunteer where status = 'ACTIVE' and engaged = false", Integer.class);
    Map<String, Object> surge = new Surge(hub).run(SURGE_REQUESTS, pool, THREADS, SURGE_PATIENCE);
    System.out.println("surge " + surge);
    return surge;
  }

  /** Starts of a trivial process (start → expression service task → user task), same engine and database. */
  private Measurement baseline(BenchmarkHub hub) throws Exception {
    // Deployments pass the hub's checks, which want service tasks to call hub delegates and user
    // tasks to have a form: so the trivial step is an intermediate event, the wait a receive task.
    BpmnModelInstance trivial = Models.withNamedFlowIds(Bpmn.createExecutableProcess("bench-baseline")
        .camundaHistoryTimeToLive(1).startEvent("StartEvent_Go").intermediateThrowEvent("Event_Step")
        .receiveTask("Task_Wait").endEvent("EndEvent_Done").done());
    hub.bean(RepositoryService.class).createDeployment().name("benchmark")
        .addModelInstance("bench-baseline.bpmn", trivial).deploy();
    RuntimeService runtime = hub.bean(RuntimeService.class);
    return Load.run("baseline: trivial process starts", THREADS, WARM_UP, MEASURED, (thread, n) -> {
      runtime.startProcessInstanceByKey("bench-baseline");
      return true;
    });
  }

  /**
   * Partner clients with real tokens POST help requests for vulnerable residents; a request counts
   * when the API answered 201 and intake routed it to volunteer help.
   */
  private Measurement intake(BenchmarkHub hub) throws Exception {
    String token = StandaloneHub.partnerToken(http, hub.baseUrl, "foodbank-demo", "foodbank-demo-secret", "requests:write");
    URI uri = URI.create(hub.baseUrl + "/api/v1/help-requests");
    return Load.run("intake end to end: POST /api/v1/help-requests", THREADS, WARM_UP, MEASURED, (thread, n) -> {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(submission(n))).build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 201 && response.body().contains("AWAITING_VOLUNTEER");
    });
  }

  /**
   * Of the requests accepted in the measured period, how many reached their first volunteer offer,
   * per second from the start of the period to the last such offer (async steps drained first).
   */
  private Measurement firstOffers(BenchmarkHub hub, Measurement intake) {
    Jobs.awaitDueJobs(hub.bean(org.camunda.bpm.engine.ManagementService.class));
    JdbcTemplate jdbc = hub.bean(JdbcTemplate.class);
    Map<String, Object> reached = jdbc.queryForMap("""
        select count(distinct t.request_id) as requests, max(o.offered_at) as last_offer
        from volunteer_task t join volunteer_offer o on o.task_id = t.id join help_request r on r.id = t.request_id
        where r.created_at >= ?""", java.sql.Timestamp.from(intake.measuredFrom()));
    long requests = ((Number) reached.get("requests")).longValue();
    double seconds = reached.get("last_offer") == null ? intake.seconds()
        : Duration.between(intake.measuredFrom(), ((java.sql.Timestamp) reached.get("last_offer")).toInstant())
            .toMillis() / 1000.0;
    return new Measurement("intake to first volunteer offer", intake.threads(), seconds, requests, new long[0],
        intake.measuredFrom());
  }

  static String submission(long n) {
    String[] districts = {"WA9 1AA", "WA10 1AA", "WA11 0AA", "WA12 9AA", "L34 1AA", "L35 0AA"};
    return """
        {"resident":{"firstName":"Bench","lastName":"Resident%d","dateOfBirth":"1940-01-01","phone":"07700 %06d",
          "address":{"line1":"%d Benchmark Street","town":"St Helens","postcode":"%s"}},
         "needs":["FOOD"],"urgency":"SOON","supportNetworkAvailable":false,
         "vulnerability":{"shielding":true,"disability":false,"selfIsolating":false},
         "consent":{"shareWithPartners":true,"contactByVolunteers":true}}"""
        .formatted(n, n % 1_000_000, n, districts[(int) (n % districts.length)]);
  }

  static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }

  @SuppressWarnings("unchecked")
  private static void print(Map<String, Object> results) {
    System.out.println();
    System.out.println("Community Hub benchmark — " + results.get("date") + " — " + results.get("machine"));
    System.out.printf("%-52s %8s %10s %8s %8s %8s %8s%n", "phase", "threads", "per sec", "ratio", "p50 ms", "p95 ms", "p99 ms");
    for (Map<String, Object> row : (List<Map<String, Object>>) results.getOrDefault("phases", List.of())) {
      System.out.printf("%-52s %8s %10s %8s %8s %8s %8s%n", row.get("name"), row.get("threads"), row.get("perSecond"),
          row.get("ratioToBaseline"), row.getOrDefault("p50Ms", "-"), row.getOrDefault("p95Ms", "-"),
          row.getOrDefault("p99Ms", "-"));
    }
    System.out.printf("%-12s %-10s %8s %8s %8s%n", "volunteers", "matching", "p50 ms", "p95 ms", "p99 ms");
    for (Map<String, Object> row : (List<Map<String, Object>>) results.getOrDefault("matching", List.of())) {
      System.out.printf("%-12s %-10s %8s %8s %8s%n", row.get("volunteers"), row.get("case"), row.get("p50Ms"),
          row.get("p95Ms"), row.get("p99Ms"));
    }
    Map<String, Object> surge = (Map<String, Object>) results.get("surge");
    if (surge != null) {
      System.out.printf("surge: %s requests, %s available volunteers: submitted in %s s, all settled after %s s "
              + "(last assignment at %s s); assigned %s, manual %s, lost %s; incidents %s; peak heap %s MB%n",
          surge.get("requests"), surge.get("volunteers"), surge.get("submitSeconds"), surge.get("allSettledSeconds"),
          surge.get("lastAssignmentSeconds"), surge.get("assigned"), surge.get("manual"), surge.get("lost"),
          surge.get("incidents"), surge.get("peakHeapMb"));
      System.out.println("  submitted through " + surge.get("submittedThrough") + "; accepted through "
          + surge.get("acceptedThrough"));
    }
    Map<String, Object> search = (Map<String, Object>) results.get("search");
    if (search != null) {
      System.out.printf("search at %s residents, %s requests (seeded in %s s):%n", search.get("residents"),
          search.get("requests"), search.get("seedingSeconds"));
      System.out.printf("  %-36s %8s %8s %8s %12s%n", "kind", "p50 ms", "p95 ms", "p99 ms", "p95 ratio");
      for (Map<String, Object> row : (List<Map<String, Object>>) search.get("kinds")) {
        System.out.printf("  %-36s %8s %8s %8s %12s%n", row.get("kind"), row.get("p50Ms"), row.get("p95Ms"),
            row.get("p99Ms"), row.get("p95RatioToBaseline"));
      }
    }
    Map<String, Object> reports = (Map<String, Object>) results.get("reports");
    if (reports != null) {
      System.out.printf("reports for the 12 months from %s at %s requests (seeded in %s s, demand summary built in"
              + " %s s):%n", reports.get("from"), reports.get("requests"), reports.get("seedingSeconds"),
          reports.get("demandSummaryBuildSeconds"));
      System.out.printf("  %-48s %8s %8s %8s %12s%n", "report", "p50 ms", "p95 ms", "p99 ms", "p95 ratio");
      for (Map<String, Object> row : (List<Map<String, Object>>) reports.get("kinds")) {
        System.out.printf("  %-48s %8s %8s %8s %12s%n", row.get("report"), row.get("p50Ms"), row.get("p95Ms"),
            row.get("p99Ms"), row.get("p95RatioToBaseline"));
      }
    }
    Map<String, Object> preview = (Map<String, Object>) results.get("rulePreview");
    if (preview != null) {
      System.out.printf("rule preview: %s requests (%s would change), first %s ms, then median %s ms, worst %s ms"
              + " (target 5000 ms); the engine deciding the same inputs one by one: %s ms; ratio %s%n",
          preview.get("requests"), preview.get("changed"), preview.get("firstPreviewMs"), preview.get("previewMedianMs"),
          preview.get("previewWorstMs"), preview.get("engineBaselineMs"), preview.get("ratioToEngine"));
    }
    System.out.printf("peak heap %s MB, database %s MB%n%n", results.get("peakHeapMb"), results.get("databaseMb"));
  }
}
