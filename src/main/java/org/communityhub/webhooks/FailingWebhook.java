package org.communityhub.webhooks;

import java.time.Instant;

/** A partner's webhook that has stopped working, for the duty managers: who, since when, how much waits. */
public record FailingWebhook(String partnerCode, String partnerName, Instant failingSince, String lastFailure,
    int waitingEvents) {}
