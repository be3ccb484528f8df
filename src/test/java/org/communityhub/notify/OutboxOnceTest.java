package org.communityhub.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.NotifyDouble;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each message once by its key, layer by layer: a send repeated after the first one committed
 * finds the key SENT in the outbox; a send of the same key while the first is still in flight is
 * stopped by the outbox's unique key (the job is retried and then finds it SENT).
 */
@HubIntegrationTest
class OutboxOnceTest {

  @Autowired NotifyService notify;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theSameMessageSentAgainAfterItWasSentGoesOutOnce() {
    OutboundMessage message = message();

    transaction.executeWithoutResult(s -> notify.send(message));
    transaction.executeWithoutResult(s -> notify.send(message));

    NotifyDouble.server().verify(1, postRequestedFor(urlPathEqualTo("/v2/notifications/sms"))
        .withRequestBody(containing(message.address())));
    assertThat(jdbc.queryForObject("select count(*) from notification_outbox where message_key = ?", Long.class,
        message.key())).isEqualTo(1);
  }

  @Test
  void theSameMessageSentTwiceAtOnceGoesOutOnce() {
    OutboundMessage message = message();

    CompletableFuture<Void> second = transaction.execute(first -> {
      notify.send(message);
      // a second node's retry of the same step, while this transaction has not committed
      AtomicInteger otherSession = new AtomicInteger();
      CompletableFuture<Void> other = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(s -> {
        otherSession.set(jdbc.queryForObject("select pg_backend_pid()", Integer.class));
        notify.send(message);
      }));
      await().atMost(Duration.ofSeconds(30)).until(() -> other.isDone() || waitsForALock(otherSession.get()));
      return other;
    });

    assertThat(second).failsWithin(Duration.ofSeconds(30)).withThrowableThat()
        .havingCause().isInstanceOf(DataIntegrityViolationException.class);
    NotifyDouble.server().verify(1, postRequestedFor(urlPathEqualTo("/v2/notifications/sms"))
        .withRequestBody(containing(message.address())));
    // the retried job finds the message sent
    transaction.executeWithoutResult(s -> notify.send(message));
    NotifyDouble.server().verify(1, postRequestedFor(urlPathEqualTo("/v2/notifications/sms"))
        .withRequestBody(containing(message.address())));
    assertThat(jdbc.queryForObject("select status from notification_outbox where message_key = ?", String.class,
        message.key())).isEqualTo("SENT");
  }

  /** The other send's session waits on a lock (the unique key's check of the uncommitted row). */
  private boolean waitsForALock(int session) {
    return session != 0 && jdbc.queryForObject("select count(*) from pg_stat_activity where pid = ?"
        + " and wait_event_type = 'Lock'", Long.class, session) > 0;
  }

  private static OutboundMessage message() {
    String phone = String.format("07700 %06d", ThreadLocalRandom.current().nextInt(1_000_000));
    return new OutboundMessage("outbox-test-" + UUID.randomUUID(), Channel.SMS, "offer-sms", "volunteer:0", phone,
        Map.of("area", "Test", "need", "Shopping", "window", "today", "link", "https://example.org/x"));
  }
}
