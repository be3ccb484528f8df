package org.communityhub.partnerapi;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The first answer to a partner's POST with an Idempotency-Key, given again to every retry. */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord {

  @EmbeddedId
  private Key key;
  private String requestHash;
  private int responseStatus;
  private String responseBody;
  private Instant createdAt;

  protected IdempotencyRecord() {}

  IdempotencyRecord(Key key, String requestHash, int responseStatus, String responseBody, Instant createdAt) {
    this.key = key;
    this.requestHash = requestHash;
    this.responseStatus = responseStatus;
    this.responseBody = responseBody;
    this.createdAt = createdAt;
  }

  String requestHash() {
    return requestHash;
  }

  int responseStatus() {
    return responseStatus;
  }

  String responseBody() {
    return responseBody;
  }

  @Embeddable
  record Key(@Column(name = "partner_id") Long partnerId, @Column(name = "idempotency_key") String idempotencyKey)
      implements Serializable {}
}
