package org.communityhub.rules;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of decision_record, for writing; reads go through {@link DecisionRecords}. */
@Entity
@Table(name = "decision_record")
class DecisionRecordRow {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_record_seq")
  @SequenceGenerator(name = "decision_record_seq", sequenceName = "decision_record_seq", allocationSize = 50)
  private Long id;
  private long requestId;
  private String reference;
  private String decisionKey;
  private int decisionVersion;
  private String decisionDefinitionId;
  private String matchedRules;
  private String inputs;
  private String outputs;
  private String district;
  private Instant decidedAt;

  protected DecisionRecordRow() {}

  DecisionRecordRow(long requestId, String reference, String decisionKey, int decisionVersion,
      String decisionDefinitionId, String matchedRules, String inputs, String outputs, String district,
      Instant decidedAt) {
    this.requestId = requestId;
    this.reference = reference;
    this.decisionKey = decisionKey;
    this.decisionVersion = decisionVersion;
    this.decisionDefinitionId = decisionDefinitionId;
    this.matchedRules = matchedRules;
    this.inputs = inputs;
    this.outputs = outputs;
    this.district = district;
    this.decidedAt = decidedAt;
  }
}
