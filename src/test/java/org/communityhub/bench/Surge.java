package org.communityhub.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityhub.intake.IntakeCommandBuilder;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.intake.Urgency;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The surge: N help requests for vulnerable residents submitted at once through the helpline's
 * intake (IntakeService.submit, the path behind the partner API and the call handlers' form,
 * without HTTP), from several threads, while simulated volunteers read their offer messages from
 * the outbox and accept through the volunteer page (POST …/accept with the signed link, as a
 * volunteer's browser would). Measures the time until every request has a volunteer or waits for
 * a coordinator (Task_AllocateManually), and counts what was lost: requests with neither.
 */
final class Surge {

  private static final Pattern LINK = Pattern.compile("(/volunteer/offers/[A-Za-z0-9._-]+)");
  private static final String[] POSTCODES = {"WA9 1AA", "WA10 1AA", "WA11 0AA", "WA12 9AA", "L34 1AA", "L35 0AA"};

  private final BenchmarkHub hub;
  private final JdbcTemplate jdbc;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Surge(BenchmarkHub hub) {
    this.hub = hub;
    this.jdbc = hub.bean(JdbcTemplate.class);
  }

  Map<String, Object> run(int requests, int volunteers, int threads, Duration timeout) throws Exception {
    resetPeakHeap();
    long lastOutboxId = jdbc.queryForObject("select coalesce(max(id), 0) from notification_outbox", Long.class);
    Instant started = Instant.now();
    Timestamp since = Timestamp.from(started.minusMillis(1));
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong accepted = new AtomicLong();
    AtomicLong noLongerOpen = new AtomicLong();
    AtomicLong otherAnswers = new AtomicLong();

    // The volunteers: one reader of the outbox hands links to several "phones" that accept.
    LinkedBlockingQueue<String> links = new LinkedBlockingQueue<>();
    ExecutorService volunteersPool = Executors.newFixedThreadPool(threads + 1);
    volunteersPool.submit(() -> {
      // Ids are taken at insert but rows appear at commit, not always in id order: look back a
      // little each time and remember what was already delivered.
      long after = lastOutboxId;
      java.util.Set<Long> delivered = new java.util.HashSet<>();
      while (!stop.get()) {
        List<Map<String, Object>> messages = jdbc.queryForList("""
            select id, personalisation from notification_outbox
            where id > ? and template_id like 'offer-%' order by id""", Math.max(lastOutboxId, after - 500));
        int fresh = 0;
        for (Map<String, Object> message : messages) {
          long id = ((Number) message.get("id")).longValue();
          after = Math.max(after, id);
          Matcher link = LINK.matcher((String) message.get("personalisation"));
          if (delivered.add(id) && link.find()) {
            links.add(link.group(1));
            fresh++;
          }
        }
        if (fresh == 0) {
          Thread.sleep(300);
        }
      }
      return null;
    });
    for (int t = 0; t < threads; t++) {
      volunteersPool.submit(() -> {
        while (!stop.get()) {
          String path = links.poll(200, TimeUnit.MILLISECONDS);
          if (path == null) {
            continue;
          }
          // The link's host is the configured public address; the benchmark hub listens on a random port.
          HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(hub.baseUrl + path + "/accept"))
              .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build(),
              HttpResponse.BodyHandlers.discarding());
          (response.statusCode() == 303 ? accepted : response.statusCode() == 409 ? noLongerOpen : otherAnswers)
              .incrementAndGet();
        }
        return null;
      });
    }

    // The requests, from several threads at once.
    IntakeService intake = hub.bean(IntakeService.class);
    ExecutorService submitters = Executors.newFixedThreadPool(threads);
    AtomicLong sequence = new AtomicLong();
    AtomicLong submitFailures = new AtomicLong();
    List<Future<?>> submissions = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      submissions.add(submitters.submit(() -> {
        long n;
        while ((n = sequence.getAndIncrement()) < requests) {
          try {
            // a different person each time: the duplicate rules compare names by their letters only
            intake.submit(IntakeCommandBuilder.aRequest().name("Surge", "Resident" + letters(n))
                .phone("07800 " + String.format("%06d", n % 1_000_000))
                .postcode(POSTCODES[(int) (n % POSTCODES.length)]).needs(Need.FOOD).urgency(Urgency.SOON)
                .supportNetworkAvailable(false).shielding(true).build());
          } catch (RuntimeException e) {
            submitFailures.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> submission : submissions) {
      submission.get();
    }
    submitters.shutdown();
    double submitSeconds = secondsSince(started);
    System.out.printf("surge: %d requests submitted in %.1f s (%d failed)%n", requests, submitSeconds, submitFailures.get());

    // Until every request is assigned or waits for a coordinator, or nothing moves for the timeout.
    Map<String, Long> counts;
    double settledSeconds;
    long lastProgress = System.nanoTime();
    long lastDone = -1;
    while (true) {
      counts = counts(since);
      long done = counts.get("assigned") + counts.get("manual") + counts.get("attached");
      if (done != lastDone) {
        lastDone = done;
        lastProgress = System.nanoTime();
        System.out.printf("surge: %.0f s: %s, accepted %d, no longer open %d%n", secondsSince(started), counts,
            accepted.get(), noLongerOpen.get());
      }
      if (done >= counts.get("requests") || System.nanoTime() - lastProgress > timeout.toNanos()) {
        settledSeconds = secondsSince(started);
        break;
      }
      Thread.sleep(2000);
    }
    stop.set(true);
    volunteersPool.shutdown();
    volunteersPool.awaitTermination(1, TimeUnit.MINUTES);

    Timestamp lastAssignment = jdbc.queryForObject("""
        select max(a.assigned_at) from volunteer_assignment a join volunteer_task t on t.id = a.task_id
        join help_request r on r.id = t.request_id where r.created_at >= ?""", Timestamp.class, since);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("requests", requests);
    result.put("volunteers", volunteers);
    result.put("threads", threads);
    result.put("submittedThrough", "IntakeService.submit (helpline/partner intake, no HTTP), " + threads + " threads");
    result.put("acceptedThrough", "volunteer page POST /volunteer/offers/{signed link}/accept, links read from the outbox, "
        + threads + " threads");
    result.put("submitSeconds", Measurement.round(submitSeconds));
    result.put("submitFailures", submitFailures.get());
    result.put("allSettledSeconds", Measurement.round(settledSeconds));
    result.put("lastAssignmentSeconds", lastAssignment == null ? null
        : Measurement.round(Duration.between(started, lastAssignment.toInstant()).toMillis() / 1000.0));
    result.putAll(counts);
    result.put("lost", counts.get("requests") - counts.get("assigned") - counts.get("manual") - counts.get("attached"));
    result.put("accepts", accepted.get());
    result.put("acceptsNoLongerOpen", noLongerOpen.get());
    result.put("acceptsOther", otherAnswers.get());
    result.put("incidents", jdbc.queryForObject("select count(*) from act_ru_incident", Long.class));
    result.put("peakHeapMb", HubBenchmark.peakHeapMb());
    return result;
  }

  /**
   * requests since the surge began; assigned (a volunteer_assignment); attached to an earlier request;
   * manual (waiting in Task_AllocateManually).
   */
  private Map<String, Long> counts(Timestamp since) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("requests", jdbc.queryForObject("select count(*) from help_request where created_at >= ?", Long.class, since));
    counts.put("assigned", jdbc.queryForObject("""
        select count(distinct t.request_id) from volunteer_assignment a join volunteer_task t on t.id = a.task_id
        join help_request r on r.id = t.request_id where r.created_at >= ?""", Long.class, since));
    // merged into an earlier open request of the same resident, which carries on instead
    counts.put("attached", jdbc.queryForObject(
        "select count(*) from help_request where created_at >= ? and attached_to_id is not null", Long.class, since));
    counts.put("manual", jdbc.queryForObject("""
        select count(distinct r.id) from act_ru_task k join act_ru_execution e on e.id_ = k.proc_inst_id_
        join help_request r on r.reference = e.business_key_
        where k.task_def_key_ = 'Task_AllocateManually' and r.created_at >= ?
          and not exists (select 1 from volunteer_task t join volunteer_assignment a on a.task_id = t.id
                          where t.request_id = r.id)""", Long.class, since));
    return counts;
  }

  /** n in letters (0 → a, 26 → ba). */
  static String letters(long n) {
    StringBuilder letters = new StringBuilder();
    do {
      letters.insert(0, (char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return letters.toString();
  }

  private static double secondsSince(Instant started) {
    return Duration.between(started, Instant.now()).toMillis() / 1000.0;
  }

  private static void resetPeakHeap() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }
}
