package org.communityhub.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityhub.eligibility.Priority;

/** What a partner may be told about a resident, on what lawful basis, and how fast it must answer. */
@Entity
@Table(name = "data_sharing_agreement")
public class DataSharingAgreement {

  @Id
  private Long partnerId;
  private String allowedFields;
  private String lawfulBasis;
  @Column(name = "ack_sla_p1")
  private String ackSlaP1;
  @Column(name = "ack_sla_p2")
  private String ackSlaP2;
  @Column(name = "ack_sla_p3")
  private String ackSlaP3;

  protected DataSharingAgreement() {}

  DataSharingAgreement(long partnerId, AgreementTerms terms) {
    this.partnerId = partnerId;
    change(terms);
  }

  void change(AgreementTerms terms) {
    this.allowedFields = terms.allowedFields().stream().map(SharedField::apiName).sorted()
        .collect(Collectors.joining(","));
    this.lawfulBasis = terms.lawfulBasis();
    this.ackSlaP1 = terms.acknowledgementSla().get(Priority.P1).toString();
    this.ackSlaP2 = terms.acknowledgementSla().get(Priority.P2).toString();
    this.ackSlaP3 = terms.acknowledgementSla().get(Priority.P3).toString();
  }

  public AgreementTerms terms() {
    return new AgreementTerms(allowedFields(), lawfulBasis, java.util.Map.of(Priority.P1, acknowledgementSla(Priority.P1),
        Priority.P2, acknowledgementSla(Priority.P2), Priority.P3, acknowledgementSla(Priority.P3)));
  }

  /** Field names from {@link SharedField}, as agreed with the partner. */
  public Set<SharedField> allowedFields() {
    return Arrays.stream(allowedFields.split(",")).map(String::trim).filter(f -> !f.isEmpty())
        .map(SharedField::fromName).collect(Collectors.toUnmodifiableSet());
  }

  public String lawfulBasis() {
    return lawfulBasis;
  }

  /** How long the partner has to acknowledge a referral of this priority. */
  public Duration acknowledgementSla(Priority priority) {
    return Duration.parse(switch (priority) {
      case P1 -> ackSlaP1;
      case P2 -> ackSlaP2;
      case P3 -> ackSlaP3;
    });
  }
}
