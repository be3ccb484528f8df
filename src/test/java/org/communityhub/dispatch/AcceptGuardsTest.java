package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.dispatch.VolunteerBuilder.livingIn;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each layer that stops a second accept, on its own. In the races of ConcurrentAcceptTest the
 * process takes one accept and the second one's message correlation finds nothing waiting; here
 * the process still waits for an answer, so only the database stands between the accept and a
 * second assignment: the offer row must still be OPEN, and the task can have one assignment.
 */
@HubIntegrationTest
class AcceptGuardsTest {

  @LocalServerPort int port;
  @Autowired DispatchFixture fixture;
  @Autowired RuntimeService runtimeService;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void anOfferThatIsNoLongerOpenIsNotAcceptedEvenWhileTheProcessStillWaitsForAnAnswer() throws Exception {
    TestArea area = fixture.newArea();
    long volunteer = fixture.volunteer(livingIn(area.home()));
    String reference = fixture.request(area, Need.FOOD);
    fixture.awaitOfferedVolunteer(reference);
    long offer = fixture.offerId(fixture.dispatchOf(reference));
    // The offer was withdrawn (a coordinator took the task over) in a transaction that has not yet
    // moved the process on: the process would still take an accept.
    fixture.jdbc.update("update volunteer_offer set status = 'WITHDRAWN', open_volunteer_id = null where id = ?", offer);

    int status = accept(fixture.offerLinkPath(volunteer));

    assertThat(status).isEqualTo(409);
    assertThat(fixture.offerStatus(offer)).isEqualTo("WITHDRAWN");
    assertThat(assignments(reference)).isZero();
    assertThat(runtimeService.getActiveActivityIds(fixture.dispatchOf(reference).getId()))
        .contains("Gateway_OfferAnswer");
  }

  @Test
  void aTaskThatHasAnAssignmentGetsNoSecondOneEvenWhileTheProcessStillWaitsForAnAnswer() throws Exception {
    TestArea area = fixture.newArea();
    long volunteer = fixture.volunteer(livingIn(area.home()));
    long other = fixture.volunteer(livingIn(area.home()));
    String reference = fixture.request(area, Need.FOOD);
    assertThat(fixture.awaitOfferedVolunteer(reference)).isEqualTo(volunteer);
    long offer = fixture.offerId(fixture.dispatchOf(reference));
    long task = fixture.jdbc.queryForObject("select task_id from volunteer_offer where id = ?", Long.class, offer);
    // Another volunteer was given the task in a transaction that has not yet moved the process on.
    fixture.jdbc.update("""
        insert into volunteer_assignment (task_id, volunteer_id, resident_id, assigned_at)
        select id, ?, resident_id, current_timestamp from volunteer_task where id = ?""", other, task);

    int status = accept(fixture.offerLinkPath(volunteer));

    assertThat(status).isEqualTo(409);
    assertThat(fixture.offerStatus(offer)).as("the accept rolled back").isEqualTo("OPEN");
    assertThat(assignments(reference)).isEqualTo(1);
    assertThat(fixture.jdbc.queryForObject("select volunteer_id from volunteer_assignment where task_id = ?",
        Long.class, task)).isEqualTo(other);
    assertThat(runtimeService.getActiveActivityIds(fixture.dispatchOf(reference).getId()))
        .contains("Gateway_OfferAnswer");
  }

  private int accept(String link) throws Exception {
    HttpRequest accept = HttpRequest.newBuilder(URI.create("http://localhost:" + port + link + "/accept"))
        .POST(HttpRequest.BodyPublishers.noBody()).build();
    return http.send(accept, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private long assignments(String reference) {
    return fixture.jdbc.queryForObject("select count(*) from volunteer_assignment a join volunteer_task t"
        + " on t.id = a.task_id join help_request r on r.id = t.request_id where r.reference = ?", Long.class, reference);
  }
}
