package org.communityhub.disclosures;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One disclosure of a resident's personal data: who was told what, when and why. Never updated. */
@Entity
@Table(name = "disclosure")
public class Disclosure {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_seq")
  @SequenceGenerator(name = "disclosure_seq", sequenceName = "disclosure_seq", allocationSize = 50)
  private Long id;
  private Long residentId;
  private Long requestId;
  private String recipientType;
  private String recipient;
  private String fields;
  private String lawfulBasis;
  private String purpose;
  private String disclosedBy;
  private Instant disclosedAt;

  protected Disclosure() {}

  Disclosure(DisclosureRecord record, Instant at) {
    this.residentId = record.residentId();
    this.requestId = record.requestId();
    this.recipientType = record.recipientType().name();
    this.recipient = record.recipient();
    this.fields = String.join(",", record.fields());
    this.lawfulBasis = record.lawfulBasis();
    this.purpose = record.purpose();
    this.disclosedBy = record.disclosedBy();
    this.disclosedAt = at;
  }

  DisclosureView view() {
    return new DisclosureView(id, requestId, recipientType, recipient, java.util.List.of(fields.split(",")),
        lawfulBasis, purpose, disclosedBy, disclosedAt);
  }
}
