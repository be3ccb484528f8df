package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.dispatch.VolunteerBuilder.livingIn;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Accepts racing each other on real PostgreSQL, through the volunteer page: however the threads
 * interleave, the task gets exactly one assignment and every other accept is told the offer is
 * no longer open. Repeated, because a race that is lost once in twenty would show up here. Several
 * layers stop the losers here at once; AcceptGuardsTest proves each database guard on its own.
 */
@HubIntegrationTest
class ConcurrentAcceptTest {

  static final int CLICKS = 6;

  @LocalServerPort int port;
  @Autowired DispatchFixture fixture;
  @Autowired OfferLinks links;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.ManagementService management;

  final HttpClient http = HttpClient.newHttpClient();

  @RepeatedTest(10)
  void theSameOfferAcceptedFromSeveralDevicesAtOnceMakesOneAssignment() throws Exception {
    TestArea area = fixture.newArea();
    long volunteer = fixture.volunteer(livingIn(area.home()));
    String reference = fixture.request(area, Need.FOOD);
    fixture.awaitOfferedVolunteer(reference);
    String link = fixture.offerLinkPath(volunteer);

    List<Integer> statuses = acceptAllAtOnce(List.of(link, link, link, link, link, link));

    assertThat(statuses).containsOnly(303, 409).filteredOn(s -> s == 303).hasSize(1);
    assertThat(assignments(reference)).isEqualTo(1);
    assertThat(runtimeService.getActiveActivityIds(fixture.dispatchOf(reference).getId()))
        .containsExactly("Gateway_AwaitOutcome");
  }

  @RepeatedTest(10)
  void twoVolunteersAcceptingTheSameTaskAtOnceMakeOneAssignment() throws Exception {
    TestArea area = fixture.newArea();
    long first = fixture.volunteer(livingIn(area.home()));
    long second = fixture.volunteer(livingIn(area.home()));
    String reference = fixture.request(area, Need.FOOD);
    assertThat(fixture.awaitOfferedVolunteer(reference)).isEqualTo(first);
    long firstOffer = fixture.offerId(fixture.dispatchOf(reference));
    // A second open offer for the same task, as a coordinator's call-round would make. The process
    // takes one accept; the other's message correlation finds nothing waiting and rolls back. The
    // database's own guards (offer still OPEN, one assignment per task) are proved without that
    // layer in AcceptGuardsTest.
    long taskId = fixture.jdbc.queryForObject("select task_id from volunteer_offer where id = ?", Long.class, firstOffer);
    fixture.jdbc.update("insert into volunteer_offer (task_id, volunteer_id, search_round, status, open_volunteer_id,"
        + " offered_at) values (?, ?, 99, 'OPEN', ?, current_timestamp)", taskId, second, second);
    long secondOffer = fixture.jdbc.queryForObject("select id from volunteer_offer where volunteer_id = ?", Long.class, second);
    java.time.Instant expires = java.time.Instant.now().plusSeconds(3600);

    List<Integer> statuses = acceptAllAtOnce(List.of(
        "/volunteer/offers/" + links.tokenFor(firstOffer, expires),
        "/volunteer/offers/" + links.tokenFor(secondOffer, expires)));

    assertThat(statuses).containsExactlyInAnyOrder(303, 409);
    assertThat(assignments(reference)).isEqualTo(1);
  }

  @RepeatedTest(8)
  void anOfferAcceptedJustAsItTimesOutEndsEitherAcceptedOrExpiredNeverBoth() throws Exception {
    TestArea area = fixture.newArea();
    long volunteer = fixture.volunteer(livingIn(area.home()));
    String reference = fixture.request(area, Need.FOOD);
    fixture.awaitOfferedVolunteer(reference);
    String link = fixture.offerLinkPath(volunteer);
    org.camunda.bpm.engine.runtime.ProcessInstance dispatch = fixture.dispatchOf(reference);
    long offer = fixture.offerId(dispatch);
    String timer = management.createJobQuery().processInstanceId(dispatch.getId()).timers()
        .activityId("Timer_OfferExpired").singleResult().getId();

    ExecutorService threads = Executors.newFixedThreadPool(2);
    int accepted;
    try {
      CountDownLatch start = new CountDownLatch(1);
      Future<Integer> accept = threads.submit(() -> {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + link + "/accept"))
            .POST(HttpRequest.BodyPublishers.noBody()).build();
        start.await();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      });
      Future<?> timeout = threads.submit(() -> {
        start.await();
        try {
          management.executeJob(timer);
        } catch (org.camunda.bpm.engine.ProcessEngineException lostTheRace) {
          // the accept moved the process on first (optimistic locking): the timer is gone
        }
        return null;
      });
      start.countDown();
      accepted = accept.get();
      timeout.get();
    } finally {
      threads.shutdownNow();
    }
    org.communityhub.support.Jobs.awaitDueJobs(management);

    assertThat(accepted).isIn(303, 409);
    long assignmentsOfOffer = fixture.jdbc.queryForObject("select count(*) from volunteer_assignment where offer_id = ?",
        Long.class, offer);
    if (accepted == 303) {
      assertThat(fixture.offerStatus(offer)).isEqualTo("ACCEPTED");
      assertThat(assignmentsOfOffer).isEqualTo(1);
      assertThat(runtimeService.getActiveActivityIds(dispatch.getId())).containsExactly("Gateway_AwaitOutcome");
    } else {
      assertThat(fixture.offerStatus(offer)).isEqualTo("EXPIRED");
      assertThat(assignmentsOfOffer).isZero();
      assertThat(fixture.ended(reference) || !runtimeService.getActiveActivityIds(dispatch.getId())
          .contains("Gateway_AwaitOutcome")).as("dispatch moved on without an assignment").isTrue();
    }
    assertThat(assignments(reference)).isLessThanOrEqualTo(1);
  }

  private List<Integer> acceptAllAtOnce(List<String> links) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(links.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> answers = new ArrayList<>();
      for (String link : links) {
        answers.add(threads.submit(() -> {
          HttpRequest accept = HttpRequest.newBuilder(URI.create("http://localhost:" + port + link + "/accept"))
              .POST(HttpRequest.BodyPublishers.noBody()).build();
          start.await();
          return http.send(accept, HttpResponse.BodyHandlers.discarding()).statusCode();
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses;
    } finally {
      threads.shutdownNow();
    }
  }

  private long assignments(String reference) {
    return fixture.jdbc.queryForObject("select count(*) from volunteer_assignment a join volunteer_task t on t.id = a.task_id"
        + " join help_request r on r.id = t.request_id where r.reference = ?", Long.class, reference);
  }
}
