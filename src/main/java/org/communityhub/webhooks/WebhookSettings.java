package org.communityhub.webhooks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub.webhooks.*, checked at start; the defaults are in application.yaml, nowhere else.
 *
 * @param pollEvery how often each node looks for events due to be sent (read by its schedule)
 * @param connectTimeout how long to wait for a partner's server to accept the connection
 * @param readTimeout how long to wait for its answer
 * @param retryAfter the waits before the 1st, 2nd, … retry of a failed event; the last repeats
 * @param attemptsBeforeFailing after this many failed attempts at one event the webhook is marked
 *     failing: nothing more is sent to it until an administrator switches it back on
 * @param claimFor how long a node holds an event while sending it; a node that dies mid-send
 *     leaves it to be sent again after this (so it must be longer than a send can take)
 * @param batchSize events one poll claims at most
 * @param keepDeliveredFor how long a delivered (or dropped) event stays in the outbox, for questions
 * @param plainHttpToLocalhost whether http:// is accepted for localhost (demo and tests); https otherwise
 */
@ConfigurationProperties("hub.webhooks")
@Validated
public record WebhookSettings(
    @NotNull Duration pollEvery,
    @NotNull Duration connectTimeout,
    @NotNull Duration readTimeout,
    @NotEmpty List<@NotNull Duration> retryAfter,
    @Min(1) @Max(100) int attemptsBeforeFailing,
    @NotNull Duration claimFor,
    @Min(1) @Max(1000) int batchSize,
    @NotNull Duration keepDeliveredFor,
    boolean plainHttpToLocalhost) {

  public WebhookSettings {
    if (connectTimeout != null && readTimeout != null && claimFor != null
        && claimFor.compareTo(connectTimeout.plus(readTimeout).multipliedBy(2)) < 0) {
      throw new IllegalArgumentException("hub.webhooks.claim-for must be at least twice connect-timeout plus"
          + " read-timeout, or a slow send could be sent again by another node while it is still going");
    }
  }

  /** The wait after the given number of failed attempts (1 = the first failure). */
  Duration waitAfter(int failedAttempts) {
    return retryAfter.get(Math.min(failedAttempts, retryAfter.size()) - 1);
  }
}
