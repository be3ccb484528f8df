package org.communityhub.webhooks;

/**
 * The answer to registering a webhook.
 *
 * @param signingSecret the new secret, in the clear only here (a new webhook); null when only the
 *     address of an existing one changed
 */
public record WebhookRegistration(PartnerWebhook webhook, String signingSecret, boolean created) {

  @Override
  public String toString() {
    return "WebhookRegistration[webhook=" + webhook + ", created=" + created + "]"; // never the secret
  }
}
