package org.communityhub.intake;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.communityhub.eligibility.EligibilityDecision;
import org.communityhub.eligibility.EligibilityOutcome;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.eligibility.Priority;

/** One request for help, referenced HR-YYYY-NNNNNN; the intake process's business key. */
@Entity
@Table(name = "help_request")
public class HelpRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "help_request_seq")
  @SequenceGenerator(name = "help_request_seq", sequenceName = "help_request_seq", allocationSize = 50)
  private Long id;

  private String reference;
  private Long residentId;
  @Enumerated(EnumType.STRING)
  private Channel channel;
  @Enumerated(EnumType.STRING)
  private RequestStatus status;
  @Enumerated(EnumType.STRING)
  private Urgency urgency;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "help_request_need", joinColumns = @JoinColumn(name = "request_id"))
  @Column(name = "need")
  @Enumerated(EnumType.STRING)
  private Set<Need> needs = EnumSet.noneOf(Need.class);

  private boolean supportNetworkAvailable;
  private boolean shielding;
  private boolean disability;
  private boolean selfIsolating;
  private boolean consentShareWithPartners;
  private boolean consentVolunteerContact;
  private String notes;
  private Long attachedToId;
  private String postcodeDistrict;
  @Enumerated(EnumType.STRING)
  private EligibilityOutcome eligibilityOutcome;
  @Enumerated(EnumType.STRING)
  private Priority priority;
  @Enumerated(EnumType.STRING)
  private PartnerType partnerType;
  private String eligibilityReason;
  private String decidedBy;
  private String signpostedTo;
  private String submittedBy;
  private Instant createdAt;
  private Instant updatedAt;
  private Instant closedAt;
  private Instant erasedAt;
  /** When the priority's promise falls due (Priority.dueBy); reports judge the response by it. */
  private Instant dueBy;
  /** The resident had asked the hub before: reports count new against returning residents. */
  private boolean returningResident;

  protected HelpRequest() {}

  static HelpRequest received(IntakeCommand command, long residentId, boolean returningResident, Instant now) {
    HelpRequest request = new HelpRequest();
    request.residentId = residentId;
    request.returningResident = returningResident;
    request.channel = command.channel();
    request.status = RequestStatus.RECEIVED;
    request.urgency = command.urgency();
    request.needs = EnumSet.copyOf(command.needs());
    request.supportNetworkAvailable = command.supportNetworkAvailable();
    request.shielding = command.shielding();
    request.disability = command.disability();
    request.selfIsolating = command.selfIsolating();
    request.consentShareWithPartners = command.consentShareWithPartners();
    request.consentVolunteerContact = command.consentVolunteerContact();
    request.notes = command.notes();
    request.submittedBy = command.submittedBy();
    request.createdAt = now;
    request.updatedAt = now;
    return request;
  }

  /** The reference follows the id: once the id is known, HR-2026-000123. */
  void assignReference(int year) {
    this.reference = String.format("HR-%d-%06d", year, id);
  }

  void attachTo(HelpRequest openRequest, Instant now) {
    this.attachedToId = openRequest.id;
    close(RequestStatus.ATTACHED, now);
  }

  void recordDistrict(String district, Instant now) {
    this.postcodeDistrict = district;
    this.updatedAt = now;
  }

  void recordDecision(EligibilityDecision decision, Instant now) {
    this.eligibilityOutcome = decision.outcome();
    this.priority = decision.priority();
    this.dueBy = decision.priority() == null ? null : decision.priority().dueBy(createdAt);
    this.partnerType = decision.partnerType();
    this.eligibilityReason = decision.reason();
    this.decidedBy = decision.decidedBy();
    this.status = switch (decision.outcome()) {
      case VOLUNTEER -> RequestStatus.AWAITING_VOLUNTEER;
      case REFER -> RequestStatus.AWAITING_REFERRAL;
      case REVIEW -> RequestStatus.IN_REVIEW;
      case SIGNPOST -> status; // closed by the signposting step that follows
    };
    this.updatedAt = now;
  }

  void signpost(RequestStatus closingStatus, String signpostedTo, Instant now) {
    this.signpostedTo = signpostedTo;
    close(closingStatus, now);
  }

  private void close(RequestStatus closingStatus, Instant now) {
    this.status = closingStatus;
    this.closedAt = now;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public Long getResidentId() {
    return residentId;
  }

  public RequestStatus getStatus() {
    return status;
  }

  /** What the caller said about the help needed: shown to the volunteer only after they accept. */
  public String getNotes() {
    return notes;
  }

  public Set<Need> getNeeds() {
    return needs;
  }

  public Long getAttachedToId() {
    return attachedToId;
  }

  public String getPostcodeDistrict() {
    return postcodeDistrict;
  }

  public EligibilityOutcome getEligibilityOutcome() {
    return eligibilityOutcome;
  }

  public Priority getPriority() {
    return priority;
  }

  public PartnerType getPartnerType() {
    return partnerType;
  }

  public String getEligibilityReason() {
    return eligibilityReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getSignpostedTo() {
    return signpostedTo;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Channel getChannel() {
    return channel;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public boolean isConsentShareWithPartners() {
    return consentShareWithPartners;
  }

  public boolean isShielding() {
    return shielding;
  }

  public boolean isDisability() {
    return disability;
  }

  public boolean isSelfIsolating() {
    return selfIsolating;
  }

  public boolean isOpen() {
    return RequestStatus.OPEN.contains(status);
  }

  void consentToShare(Instant now) {
    this.consentShareWithPartners = true;
    this.updatedAt = now;
  }

  /** Drops the free text a caller gave (it may say anything about them); marks the request erased. */
  void erase(Instant now) {
    this.notes = null;
    this.erasedAt = now;
    this.updatedAt = now;
  }

  /** Staff withdrew or closed the request on the desk. */
  void withdraw(Instant now) {
    close(RequestStatus.CLOSED, now);
  }

  void closeAfterHelp(Instant now) {
    close(RequestStatus.CLOSED, now);
  }
}
