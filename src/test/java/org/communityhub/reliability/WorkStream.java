package org.communityhub.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.communityhub.support.RecordingNotify;

/**
 * Work arriving at the hub the way it does in life, spread over the given nodes: partners submit
 * help requests (real tokens, some needing a volunteer, some a housing referral), and volunteers
 * answer the offers Notify delivered to them by opening their links and accepting (or, every
 * third one, declining). Keeps what the hub promised: references it answered 201 for, and offers
 * it said were accepted.
 */
final class WorkStream implements AutoCloseable {

  private static final String[] POSTCODES = {"WA9 1AA", "WA10 1AA", "WA11 0AA", "WA12 9AA", "L35 0AA"};

  final Set<String> created = ConcurrentHashMap.newKeySet();
  final Set<Long> acceptedOffers = ConcurrentHashMap.newKeySet();
  final AtomicInteger failedCalls = new AtomicInteger();
  /** Answers other than 201 from a running node, by status: a 5xx here is a failure of the hub. */
  final Map<Integer, Integer> otherAnswers = new ConcurrentHashMap<>();
  private final Set<String> answeredLinks = ConcurrentHashMap.newKeySet();
  private final AtomicLong counter = new AtomicLong();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ExecutorService threads;
  private final Supplier<List<String>> nodes;
  private final Supplier<String> token;
  private final RecordingNotify notify;
  private final String runId = Long.toString(System.nanoTime(), 36);

  WorkStream(Supplier<List<String>> nodes, Supplier<String> token, RecordingNotify notify, int submitters) {
    this.nodes = nodes;
    this.token = token;
    this.notify = notify;
    this.threads = Executors.newFixedThreadPool(submitters + 1);
    for (int i = 0; i < submitters; i++) {
      threads.submit(this::submitUntilStopped);
    }
    threads.submit(this::answerOffersUntilStopped);
  }

  private void submitUntilStopped() {
    while (running.get()) {
      long n = counter.incrementAndGet();
      List<String> live = nodes.get();
      String base = live.get((int) (n % live.size()));
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/help-requests"))
            .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token.get())
            .header("Content-Type", "application/json").header("Idempotency-Key", runId + "-" + n)
            .POST(HttpRequest.BodyPublishers.ofString(submission(n))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 201) {
          created.add(response.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1"));
        } else {
          otherAnswers.merge(response.statusCode(), 1, Integer::sum);
        }
      } catch (Exception refusedOrCut) {
        failedCalls.incrementAndGet();
        pause(200);
      }
    }
  }

  private void answerOffersUntilStopped() {
    while (running.get()) {
      for (RecordingNotify.Received message : notify.received()) {
        JsonNode link = message.personalisation().path("link");
        if (link.isMissingNode() || !answeredLinks.add(link.asText()) || !running.get()) {
          continue;
        }
        String path = URI.create(link.asText()).getPath();
        long offerId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1).split("\\.")[0]);
        List<String> live = nodes.get();
        String base = live.get((int) (offerId % live.size()));
        boolean decline = offerId % 3 == 0;
        try {
          HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path
                  + (decline ? "/decline" : "/accept"))).timeout(Duration.ofSeconds(20))
              .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 303 && !decline) {
            acceptedOffers.add(offerId);
          }
        } catch (Exception refusedOrCut) {
          // The node is gone: the volunteer tries the link again later.
          answeredLinks.remove(link.asText());
          failedCalls.incrementAndGet();
        }
      }
      pause(300);
    }
  }

  private static String submission(long n) {
    // Every fourth request needs housing help (a referral to the housing association); the others a volunteer.
    String needs = n % 4 == 0 ? "[\"HOUSING\"]" : "[\"FOOD\"]";
    return """
        {"resident":{"firstName":"Stream","lastName":"Resident%d","dateOfBirth":"1940-01-01","phone":"07700 %06d",
          "address":{"line1":"%d Reliability Road","town":"St Helens","postcode":"%s"}},
         "needs":%s,"urgency":"SOON","supportNetworkAvailable":false,
         "vulnerability":{"shielding":true,"disability":false,"selfIsolating":false},
         "consent":{"shareWithPartners":true,"contactByVolunteers":true}}"""
        .formatted(n, n % 1_000_000, n, POSTCODES[(int) (n % POSTCODES.length)], needs);
  }

  int submitted() {
    return created.size();
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    threads.shutdown();
    threads.awaitTermination(60, TimeUnit.SECONDS);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
