package org.communityhub.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.communityhub.dispatch.VolunteerPoolBench;
import org.communityhub.support.HubProcess;
import org.communityhub.support.RecordingNotify;
import org.communityhub.support.StandaloneHub;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * kill -9 of the hub while partners submit and volunteers accept, then a restart on the same
 * database: nothing the hub answered 201 for is lost, no message reaches Notify twice, and the jobs
 * the dead process held finish on the new one.
 */
@Tag("reliability")
class KillNineTest {

  private static final Duration BOOT = Duration.ofMinutes(3);

  @Test
  void hubKilledMidStreamLosesNothingSendsNothingTwiceAndFinishesItsJobs() throws Exception {
    try (EmbeddedPostgres database = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        RecordingNotify notify = new RecordingNotify()) {
      String jdbcUrl = database.getJdbcUrl("postgres", "postgres");
      HubDatabase hubDb = new HubDatabase(new JdbcTemplate(database.getPostgresDatabase()));
      int port = HubProcess.freePort();
      List<String> arguments = new ArrayList<>(notify.hubArguments());
      // A dead node's job locks expire after this (default 5 min), then the live node takes them.
      arguments.add("--camunda.bpm.job-execution.lock-time-in-millis=10000");

      HubProcess first = HubProcess.start("kill9-first", jdbcUrl, port, arguments).awaitReady(BOOT);
      VolunteerPoolBench.seedUpTo(new JdbcTemplate(database.getPostgresDatabase()), 400);
      String token = StandaloneHub.partnerToken(HttpClient.newHttpClient(), first.baseUrl(), "foodbank-demo",
          "foodbank-demo-secret", "requests:write requests:read referrals:read referrals:write");
      AtomicReference<List<String>> nodes = new AtomicReference<>(List.of(first.baseUrl()));

      WorkStream stream = new WorkStream(nodes::get, () -> token, notify, 4);
      HubProcess second = null;
      try {
        Instant giveUp = Instant.now().plusSeconds(90);
        while ((stream.submitted() < 40 || stream.acceptedOffers.size() < 5) && Instant.now().isBefore(giveUp)) {
          Thread.sleep(200);
        }
        assertThat(stream.submitted()).as("submissions before the kill").isGreaterThanOrEqualTo(10);

        int exit = first.killNine();
        assertThat(exit).as("exit status of a process ended by SIGKILL (128 + 9)").isEqualTo(137);
        int acceptedBeforeKill = stream.submitted();
        long unfinished = hubDb.unfinishedJobsIncludingLocked();
        System.out.printf("kill -9 after %d created requests and %d accepted offers; %d jobs unfinished%n",
            acceptedBeforeKill, stream.acceptedOffers.size(), unfinished);
        assertThat(unfinished).as("the kill left work behind").isPositive();

        // The stream keeps knocking (and failing) while the hub is down, then goes on with the new process.
        second = HubProcess.start("kill9-second", jdbcUrl, port, arguments).awaitReady(BOOT);
        Instant until = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(until)) {
          Thread.sleep(200);
        }
        assertThat(stream.submitted()).as("the token issued before the kill still works after it")
            .isGreaterThan(acceptedBeforeKill);
        stream.close();
        hubDb.awaitNoDueJobs(Duration.ofSeconds(120));
        WorkStreamChecks.nothingLostNothingSentTwice(hubDb, notify, stream);
      } finally {
        stream.close();
        first.close();
        if (second != null) {
          second.close();
        }
      }
    }
  }
}
