package org.communityhub.referrals;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.communityhub.eligibility.Priority;

/** A resident referred to a partner agency (docs/architecture.md, "Referrals"). */
@Entity
@Table(name = "referral")
public class Referral {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
  @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
  private Long id;
  private Long requestId;
  private Long partnerId;
  @Enumerated(EnumType.STRING)
  private ReferralStatus status;
  @Enumerated(EnumType.STRING)
  private Priority priority;
  private boolean safeguarding;
  private String lawfulBasis;
  private String reason;
  private String declineReason;
  private String outcome;
  private int escalations;
  private Instant createdAt;
  private Instant sentAt;
  private Instant acknowledgedAt;
  private Instant acceptedAt;
  private Instant closedAt;
  @Version
  private long version;

  protected Referral() {}

  Referral(long requestId, long partnerId, Priority priority, boolean safeguarding, String reason, Instant now) {
    this.requestId = requestId;
    this.partnerId = partnerId;
    this.priority = priority;
    this.safeguarding = safeguarding;
    this.reason = reason;
    this.status = ReferralStatus.OPENED;
    this.createdAt = now;
  }

  void sent(String lawfulBasis, Instant now) {
    move(PartnerAction.SEND, EnumSet.of(ReferralStatus.OPENED), ReferralStatus.SENT);
    this.lawfulBasis = lawfulBasis;
    this.sentAt = now;
  }

  void withdrawn() {
    move(PartnerAction.WITHDRAW, EnumSet.of(ReferralStatus.OPENED), ReferralStatus.WITHDRAWN);
  }

  /** Staff withdrew the request: a referral not yet closed or declined ends here. */
  void withdrawnWithRequest(Instant now) {
    move(PartnerAction.WITHDRAW, EnumSet.of(ReferralStatus.OPENED, ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED,
        ReferralStatus.ACCEPTED), ReferralStatus.WITHDRAWN);
    this.closedAt = now;
  }

  void acknowledged(Instant now) {
    move(PartnerAction.ACKNOWLEDGE, EnumSet.of(ReferralStatus.SENT), ReferralStatus.ACKNOWLEDGED);
    this.acknowledgedAt = now;
  }

  void accepted(Instant now) {
    move(PartnerAction.ACCEPT, EnumSet.of(ReferralStatus.ACKNOWLEDGED), ReferralStatus.ACCEPTED);
    this.acceptedAt = now;
  }

  void declined(String why, Instant now) {
    move(PartnerAction.DECLINE, EnumSet.of(ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED), ReferralStatus.DECLINED);
    this.declineReason = why;
    this.closedAt = now;
  }

  void closed(String result, Instant now) {
    move(PartnerAction.CLOSE, EnumSet.of(ReferralStatus.ACCEPTED), ReferralStatus.CLOSED);
    this.outcome = result;
    this.closedAt = now;
  }

  /** Erasure of the resident: the free text about them goes; status, dates and lawful basis stay. */
  void eraseText() {
    this.reason = null;
    this.declineReason = null;
    this.outcome = null;
  }

  void escalated() {
    this.escalations++;
  }

  private void move(PartnerAction action, Set<ReferralStatus> allowedFrom, ReferralStatus to) {
    if (!allowedFrom.contains(status)) {
      throw new ReferralStateException(id, action, status);
    }
    this.status = to;
  }

  public Long getId() {
    return id;
  }

  public Long getRequestId() {
    return requestId;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public Priority getPriority() {
    return priority;
  }

  public boolean isSafeguarding() {
    return safeguarding;
  }

  public String getLawfulBasis() {
    return lawfulBasis;
  }

  public String getReason() {
    return reason;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public String getOutcome() {
    return outcome;
  }

  public int getEscalations() {
    return escalations;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
