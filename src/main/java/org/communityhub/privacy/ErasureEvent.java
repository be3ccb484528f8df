package org.communityhub.privacy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** That a resident's data was erased, when, why and at whose request. */
@Entity
@Table(name = "erasure_event")
class ErasureEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erasure_event_seq")
  @SequenceGenerator(name = "erasure_event_seq", sequenceName = "erasure_event_seq", allocationSize = 50)
  private Long id;
  private Long residentId;
  private int requests;
  private String reason;
  private String requestedBy;
  private Instant erasedAt;

  protected ErasureEvent() {}

  ErasureEvent(long residentId, int requests, String reason, String requestedBy, Instant erasedAt) {
    this.residentId = residentId;
    this.requests = requests;
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.erasedAt = erasedAt;
  }
}
