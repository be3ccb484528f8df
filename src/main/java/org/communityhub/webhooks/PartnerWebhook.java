package org.communityhub.webhooks;

import java.time.Instant;

/**
 * A partner's webhook as the partner and administrators see it: never the signing secret.
 *
 * @param lastFailure what went wrong last, in the hub's words ("the server answered HTTP 500")
 * @param waitingEvents events not yet delivered (queued while it is failing)
 */
public record PartnerWebhook(long partnerId, String url, WebhookStatus status, Instant registeredAt,
    Instant lastDeliveryAt, Instant lastFailureAt, String lastFailure, Instant failingSince, int waitingEvents) {

  public boolean failing() {
    return status == WebhookStatus.FAILING;
  }
}
