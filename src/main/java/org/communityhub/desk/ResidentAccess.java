package org.communityhub.desk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One view of a resident's details by a staff member on the desk. */
@Entity
@Table(name = "resident_access")
class ResidentAccess {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private long residentId;
  private String staffUser;
  @Enumerated(EnumType.STRING)
  private DeskPage page;
  private String requestReference;
  private Instant accessedAt;

  protected ResidentAccess() {}

  ResidentAccess(long residentId, String staffUser, DeskPage page, String requestReference, Instant accessedAt) {
    this.residentId = residentId;
    this.staffUser = staffUser;
    this.page = page;
    this.requestReference = requestReference;
    this.accessedAt = accessedAt;
  }

  AccessLog.Entry entry() {
    return new AccessLog.Entry(residentId, staffUser, page, requestReference, accessedAt);
  }
}
