package org.communityhub.webhooks;

/** Whether the hub sends a partner's events to its webhook. */
public enum WebhookStatus {
  /** Events are sent as they happen. */
  ACTIVE,
  /** Repeated failures stopped the sending; events wait until an administrator switches it back on. */
  FAILING
}
