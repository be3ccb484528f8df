package org.communityhub.partners;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.communityhub.eligibility.PartnerType;

/** An agency the hub refers residents to, and that may refer residents in through the API. */
@Entity
@Table(name = "partner")
public class Partner {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_seq")
  @SequenceGenerator(name = "partner_seq", sequenceName = "partner_seq", allocationSize = 1)
  private Long id;
  private String code;
  private String name;
  @Enumerated(EnumType.STRING)
  private PartnerType partnerType;
  private String contactEmail;
  private String escalationEmail;
  private String clientId;
  private boolean active;

  protected Partner() {}

  Partner(String code, String name, PartnerType partnerType, String contactEmail, String escalationEmail,
      String clientId) {
    this.code = code;
    this.name = name;
    this.partnerType = partnerType;
    this.contactEmail = contactEmail;
    this.escalationEmail = escalationEmail;
    this.clientId = clientId;
    this.active = true;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public PartnerType getPartnerType() {
    return partnerType;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getEscalationEmail() {
    return escalationEmail;
  }

  public String getClientId() {
    return clientId;
  }

  public boolean isActive() {
    return active;
  }
}
