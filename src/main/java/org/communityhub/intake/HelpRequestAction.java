package org.communityhub.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something staff did to a request on the desk, with who and when. {@code summary} holds only words
 * the hub chose (which fields changed, the partner type, the reason for closing); {@code note} holds
 * what staff typed, which is about the resident and goes when they are erased.
 */
@Entity
@Table(name = "help_request_action")
class HelpRequestAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long requestId;
  @Enumerated(EnumType.STRING)
  private RequestAction.Kind kind;
  private String summary;
  private String note;
  private String recordedBy;
  private Instant recordedAt;
  private Instant erasedAt;

  protected HelpRequestAction() {}

  HelpRequestAction(long requestId, RequestAction.Kind kind, String summary, String note, String recordedBy,
      Instant recordedAt) {
    this.requestId = requestId;
    this.kind = kind;
    this.summary = summary;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  void erase(Instant now) {
    this.note = null;
    this.erasedAt = now;
  }

  RequestAction view() {
    return new RequestAction(kind, summary, note, recordedBy, recordedAt, erasedAt != null);
  }
}
