package org.communityhub.partners;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.communityhub.eligibility.PartnerType;

/** An agency the hub refers residents to, and that may refer residents in through the API. */
@Entity
@Table(name = "partner")
public class Partner {

  @Id
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
