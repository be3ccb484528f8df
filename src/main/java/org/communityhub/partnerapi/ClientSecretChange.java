package org.communityhub.partnerapi;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a partner client's secret was last set, and by which administrator. */
@Entity
@Table(name = "client_secret_change")
class ClientSecretChange {

  @Id
  private String clientId;
  private Instant changedAt;
  private String changedBy;

  protected ClientSecretChange() {}

  ClientSecretChange(String clientId, Instant changedAt, String changedBy) {
    this.clientId = clientId;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
  }

  Instant changedAt() {
    return changedAt;
  }
}
