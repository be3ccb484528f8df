package org.communityhub.partnerapi;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;
import java.io.Serializable;
import java.time.Instant;

/** The first answer to a partner's POST with an Idempotency-Key, given again to every retry. */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord implements Persistable<IdempotencyRecord.Key> {

  @EmbeddedId
  private Key key;
  private String requestHash;
  private int responseStatus;
  private String responseBody;
  private Instant createdAt;

  @Transient
  private boolean isNew;

  protected IdempotencyRecord() {}

  /** Claims the key; the answer is filled in once the request is made, in the same transaction. */
  static IdempotencyRecord claim(Key key, String requestHash, Instant now) {
    IdempotencyRecord record = new IdempotencyRecord();
    record.key = key;
    record.requestHash = requestHash;
    record.responseBody = "";
    record.createdAt = now;
    record.isNew = true;
    return record;
  }

  void answer(int status, String body) {
    this.responseStatus = status;
    this.responseBody = body;
  }

  /** Always a new row: an INSERT that collides with a concurrent claim, never a merge over it. */
  @Override
  public boolean isNew() {
    return isNew;
  }

  @Override
  public Key getId() {
    return key;
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
