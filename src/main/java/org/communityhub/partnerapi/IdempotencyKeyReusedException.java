package org.communityhub.partnerapi;

/** The same Idempotency-Key sent with a different body: a client bug, answered 422. */
class IdempotencyKeyReusedException extends RuntimeException {

  IdempotencyKeyReusedException(String key) {
    super("Idempotency-Key '" + key + "' was already used for a different request body.");
  }
}
