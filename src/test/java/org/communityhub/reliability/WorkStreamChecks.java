package org.communityhub.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.communityhub.support.RecordingNotify;

/** What must hold after a stream of work survived a crash or ran on several nodes. */
final class WorkStreamChecks {

  private WorkStreamChecks() {}

  static void nothingLostNothingSentTwice(HubDatabase hub, RecordingNotify notify, WorkStream stream) {
    assertThat(stream.created).as("requests answered 201").isNotEmpty();
    assertThat(stream.otherAnswers.keySet()).as("5xx answers from a running node").noneMatch(status -> status >= 500);
    assertThat(stream.created).as("every request answered 201 is stored").allMatch(hub::requestStored);
    assertThat(stream.created).as("every request answered 201 has its intake process").allMatch(hub::processStarted);

    Map<String, Long> counts = notify.countsByReference();
    assertThat(counts).as("messages Notify received").isNotEmpty();
    assertThat(counts).as("no message reached Notify twice").allSatisfy((reference, times) ->
        assertThat(times).as(reference).isEqualTo(1L));
    assertThat(hub.sentMessageKeys()).as("every message the outbox calls SENT reached Notify")
        .allMatch(counts::containsKey);
    assertThat(hub.pendingMessages()).as("messages left unsent").isZero();

    assertThat(stream.acceptedOffers).as("offers accepted on the volunteer page").isNotEmpty();
    assertThat(stream.acceptedOffers).as("every accept the page confirmed is an assignment")
        .allMatch(hub::assignedAfterAccept);
    assertThat(hub.tasksAcceptedTwice()).as("tasks accepted twice").isEmpty();
    assertThat(hub.serviceTasksRunTwice()).as("intake/referral service tasks run twice").isEmpty();
    assertThat(hub.jobsOutOfRetries()).as("jobs out of retries").isEmpty();
    assertThat(hub.incidents()).as("incidents").isEmpty();
    System.out.printf("%d requests created, %d offers accepted, %d messages sent once each, %d calls refused"
            + " or cut (node down), other answers %s%n", stream.created.size(), stream.acceptedOffers.size(),
        counts.size(), stream.failedCalls.get(), stream.otherAnswers);
  }
}
