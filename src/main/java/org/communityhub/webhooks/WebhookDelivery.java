package org.communityhub.webhooks;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends the webhook outbox, on every node. Each event is first claimed (claimed_until, one
 * committed update that only one node can win), then sent outside any transaction, then its
 * result recorded. A node that dies between claim and record leaves the event pending: another
 * poll sends it once the claim has run out, with the same webhook-id (at least once). A failed
 * send waits for the next back-off step; after hub.webhooks.attempts-before-failing failures the
 * webhook is marked failing and its events wait, not dropped, until it is switched back on.
 */
@Component
class WebhookDelivery {

  private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

  record Due(long id, String eventId, long partnerId, String type, String payload, int attempts, String url,
      String secret) {}

  private final JdbcTemplate jdbc;
  private final WebhookSettings settings;
  private final Clock clock;
  private final RestClient http;

  WebhookDelivery(JdbcTemplate jdbc, WebhookSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
    // Short timeouts, and a redirect is a failure: the hub posts only to the address the partner gave.
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
    requests.setReadTimeout(settings.readTimeout());
    this.http = RestClient.builder().requestFactory(requests).build();
  }

  @Scheduled(fixedDelayString = "${hub.webhooks.poll-every}", initialDelayString = "${hub.webhooks.poll-every}")
  void poll() {
    Instant now = clock.instant();
    deliverDue(now);
    forgetDeliveredBefore(now.minus(settings.keepDeliveredFor()));
  }

  /** The outbox keeps what is still to send; delivered and dropped events go after a while. */
  int forgetDeliveredBefore(Instant before) {
    return jdbc.update("delete from webhook_event where status in ('DELIVERED', 'CANCELLED') and created_at < ?",
        WebhookService.utc(before));
  }

  /** Sends the events due at {@code now} that this node wins the claim of; returns how many were delivered. */
  int deliverDue(Instant now) {
    int delivered = 0;
    for (Due due : claimDue(now)) {
      if (send(due, now)) {
        delivered++;
      }
    }
    return delivered;
  }

  /**
   * Claims the events due at {@code now} of active webhooks, oldest first. Each claim commits on
   * its own (no transaction here), so it holds while the event is sent.
   */
  List<Due> claimDue(Instant now) {
    List<Due> candidates = jdbc.query("""
        select e.id, e.event_id, e.partner_id, e.event_type, e.payload, e.attempts, w.url, w.signing_secret
        from webhook_event e join partner_webhook w on w.partner_id = e.partner_id
        where e.status = 'PENDING' and w.status = 'ACTIVE' and e.next_attempt_at <= ?
          and (e.claimed_until is null or e.claimed_until < ?)
        order by e.id limit ?""",
        (rs, row) -> new Due(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
            rs.getInt(6), rs.getString(7), rs.getString(8)),
        WebhookService.utc(now), WebhookService.utc(now), settings.batchSize());
    return candidates.stream().filter(due -> jdbc.update("""
        update webhook_event set claimed_until = ?
        where id = ? and status = 'PENDING' and (claimed_until is null or claimed_until < ?)""",
        WebhookService.utc(now.plus(settings.claimFor())), due.id(), WebhookService.utc(now)) == 1).toList();
  }

  private boolean send(Due due, Instant now) {
    long timestamp = now.getEpochSecond();
    String failure;
    try {
      java.util.Optional<String> internal = WebhookAddresses.refusal(java.net.URI.create(due.url()),
          settings.plainHttpToLocalhost());
      if (internal.isPresent()) {
        failed(due, now, "the address " + internal.get());
        return false;
      }
      HttpStatusCode status = http.post().uri(due.url())
          .contentType(MediaType.APPLICATION_JSON)
          .header("webhook-id", due.eventId())
          .header("webhook-timestamp", String.valueOf(timestamp))
          .header("webhook-signature", WebhookSignature.sign(due.secret(), due.eventId(), timestamp, due.payload()))
          .body(due.payload())
          .exchange((request, response) -> response.getStatusCode(), true);
      if (status.is2xxSuccessful()) {
        delivered(due, now);
        return true;
      }
      failure = status.is3xxRedirection() ? "the server answered with a redirect (HTTP " + status.value()
          + "), which the hub does not follow" : "the server answered HTTP " + status.value();
    } catch (RestClientException | IllegalArgumentException e) {
      // The partner's server may quote anything back: keep only the hub's own words.
      failure = e.getCause() instanceof java.net.http.HttpTimeoutException ? "no answer in time"
          : e.getCause() instanceof java.net.ConnectException ? "could not connect" : "could not send the event";
    }
    failed(due, now, failure);
    return false;
  }

  private void delivered(Due due, Instant now) {
    jdbc.update("""
        update webhook_event set status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?, delivered_at = ?,
          claimed_until = null, last_failure = null where id = ?""",
        WebhookService.utc(now), WebhookService.utc(now), due.id());
    jdbc.update("update partner_webhook set last_delivery_at = ? where partner_id = ?", WebhookService.utc(now),
        due.partnerId());
  }

  private void failed(Due due, Instant now, String failure) {
    int attempts = due.attempts() + 1;
    jdbc.update("""
        update webhook_event set attempts = ?, last_attempt_at = ?, next_attempt_at = ?, claimed_until = null,
          last_failure = ? where id = ?""",
        attempts, WebhookService.utc(now), WebhookService.utc(now.plus(settings.waitAfter(attempts))), failure,
        due.id());
    jdbc.update("update partner_webhook set last_failure_at = ?, last_failure = ? where partner_id = ?",
        WebhookService.utc(now), failure, due.partnerId());
    log.info("Webhook event {} to partner {} failed (attempt {}): {}", due.eventId(), due.partnerId(), attempts,
        failure);
    if (attempts >= settings.attemptsBeforeFailing() && jdbc.update("""
        update partner_webhook set status = 'FAILING', failing_since = ?, updated_at = ?
        where partner_id = ? and status = 'ACTIVE'""", WebhookService.utc(now), WebhookService.utc(now),
        due.partnerId()) == 1) {
      log.warn("Webhook of partner {} marked failing after {} failed attempts at event {}: shown to duty managers"
          + " and administrators; its events wait until it is switched back on", due.partnerId(), attempts,
          due.eventId());
    }
  }
}
