package org.communityhub.referrals;

import org.communityhub.intake.RequestCard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.communityhub.disclosures.DisclosureRecord;
import org.communityhub.disclosures.DisclosureService;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.IntakeValidationException;
import org.communityhub.notify.Channel;
import org.communityhub.notify.NotifyService;
import org.communityhub.notify.OutboundMessage;
import org.communityhub.partners.DataSharingAgreement;
import org.communityhub.partners.Partner;
import org.communityhub.partners.PartnerService;
import org.communityhub.partners.SharedField;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.residents.ResidentDetails;
import org.communityhub.residents.ResidentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Multi-agency referrals: what is shared with whom, and the partner's answers (docs/architecture.md, "Referrals"). */
@Service
public class ReferralService {

  /** Safeguarding referrals go without consent; the law that allows it is recorded with them. */
  static final String SAFEGUARDING_BASIS = "Safeguarding adults at risk (Care Act 2014 s42); "
      + "UK GDPR Art 6(1)(e) and Art 9(2)(g), DPA 2018 Sch 1 para 18: shared without consent";
  private static final Logger log = LoggerFactory.getLogger(ReferralService.class);

  private final ReferralRepository referrals;
  private final PartnerService partners;
  private final IntakeService intake;
  private final ResidentService residents;
  private final DisclosureService disclosures;
  private final RuntimeService runtimeService;
  private final NotifyService notify;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReferralService(ReferralRepository referrals, PartnerService partners, IntakeService intake,
      ResidentService residents, DisclosureService disclosures, RuntimeService runtimeService, NotifyService notify,
      ApplicationEventPublisher events, Clock clock) {
    this.referrals = referrals;
    this.partners = partners;
    this.intake = intake;
    this.residents = residents;
    this.disclosures = disclosures;
    this.runtimeService = runtimeService;
    this.notify = notify;
    this.events = events;
    this.clock = clock;
  }

  /** Opens a referral to the borough's partner of this type, if there is one. */
  @Transactional
  public ReferralOpening open(long requestId, PartnerType type, Priority priority, boolean safeguarding, String reason) {
    Optional<Partner> partner = partners.chooseFor(type);
    if (partner.isEmpty()) {
      return new ReferralOpening(null, false, null);
    }
    HelpRequest request = intake.find(requestId).orElseThrow();
    Referral referral = referrals.save(new Referral(requestId, partner.get().getId(), priority, safeguarding,
        reason, clock.instant()));
    return new ReferralOpening(referral.getId(), safeguarding || request.isConsentShareWithPartners(),
        partner.get().getName());
  }

  /** The request a referral is opened for, by id (intake or a safeguarding concern). */
  @Transactional(readOnly = true)
  public HelpRequest requestToRefer(long requestId) {
    return intake.find(requestId).orElseThrow(() -> new IllegalStateException("No help request " + requestId));
  }

  /** The request staff typed on 'Refer to partner': it must be open. */
  @Transactional(readOnly = true)
  public HelpRequest openRequestToRefer(String reference) {
    return intake.findByReference(reference.trim().toUpperCase(Locale.UK)).filter(HelpRequest::isOpen)
        .orElseThrow(() -> new IntakeValidationException(List.of(
            new FieldError(ReferralVariables.REFERENCE, "no open request has this reference"))));
  }

  /** The partner closed the referral, or staff arranged other support: the request is closed. */
  @Transactional
  public void closeReferredRequest(long requestId) {
    intake.closeRequest(requestId);
  }

  /** The call handler's answer on 'Obtain consent'. */
  @Transactional
  public void recordConsent(long referralId, boolean given) {
    Referral referral = referrals.findById(referralId).orElseThrow();
    if (given) {
      intake.recordConsentToShare(referral.getRequestId());
    } else {
      referral.withdrawn();
    }
  }

  /**
   * Sends the referral: discloses exactly the fields the partner's agreement allows and records
   * that disclosure. Returns how long the partner has to acknowledge it.
   */
  @Transactional
  public Duration send(long referralId) {
    Referral referral = referrals.findById(referralId).orElseThrow();
    Partner partner = partners.get(referral.getPartnerId());
    DataSharingAgreement agreement = partners.agreementOf(partner.getId());
    HelpRequest request = intake.find(referral.getRequestId()).orElseThrow();
    String lawfulBasis = referral.isSafeguarding() && !request.isConsentShareWithPartners()
        ? SAFEGUARDING_BASIS : agreement.lawfulBasis() + "; the resident consented to sharing";
    disclosures.record(new DisclosureRecord(request.getResidentId(), request.getId(),
        DisclosureRecord.RecipientType.PARTNER, partner.getCode(),
        agreement.allowedFields().stream().map(SharedField::apiName).sorted().toList(), lawfulBasis,
        referral.isSafeguarding() ? "safeguarding referral" : "referral for " + partner.getPartnerType(),
        "partner-referral process"));
    referral.sent(lawfulBasis, clock.instant());
    publish(ReferralEvent.What.SENT, referral, request.getReference());
    return agreement.acknowledgementSla(referral.getPriority());
  }

  /**
   * The partner missed its acknowledgement SLA: email its escalation contact, once per breach (the
   * message key makes a retried step send nothing twice).
   */
  @Transactional
  public void escalate(long referralId) {
    Referral referral = referrals.findById(referralId).orElseThrow();
    referral.escalated();
    Partner partner = partners.get(referral.getPartnerId());
    String request = intake.find(referral.getRequestId()).orElseThrow().getReference();
    publish(ReferralEvent.What.ESCALATED, referral, request);
    // No resident data: the contact is told which referral to look at, and reads it in the API.
    notify.send(new OutboundMessage("referral-" + referralId + "-escalation-" + referral.getEscalations(),
        Channel.EMAIL, "referral-escalation-email", "partner:" + partner.getCode(), partner.getEscalationEmail(),
        Map.of("partner", partner.getName(), "referral", String.valueOf(referralId), "request", request,
            "priority", referral.getPriority().name(), "breach", String.valueOf(referral.getEscalations()))));
    log.info("Referral {} not acknowledged in time (breach {}): escalation contact of partner {} notified",
        referralId, referral.getEscalations(), partner.getCode());
  }

  /**
   * A partner acknowledges, accepts, declines or closes its referral. The status change and the
   * process step happen in one transaction; a call that does not fit the referral's state is refused.
   */
  @Transactional
  public PartnerReferralView act(long partnerId, long referralId, PartnerAction action, String text) {
    Referral referral = referrals.lockForPartner(referralId, partnerId)
        .orElseThrow(() -> new ReferralNotFoundException(referralId));
    switch (action) {
      case ACKNOWLEDGE -> referral.acknowledged(clock.instant());
      case ACCEPT -> referral.accepted(clock.instant());
      case DECLINE -> referral.declined(text, clock.instant());
      case CLOSE -> referral.closed(text, clock.instant());
      default -> throw new IllegalArgumentException(action + " is not a partner action");
    }
    try {
      runtimeService.createMessageCorrelation(action.messageName())
          .processInstanceVariableEquals(ReferralVariables.REFERRAL_ID, referralId)
          .setVariable(ReferralVariables.PARTNER_ANSWER, text)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ReferralStateException(referralId, action, referral.getStatus());
    }
    return view(referral);
  }

  @Transactional(readOnly = true)
  public List<PartnerReferralView> forPartner(long partnerId, ReferralStatus status) {
    List<Referral> found = status == null ? referrals.findByPartnerIdOrderByIdDesc(partnerId)
        : referrals.findByPartnerIdAndStatusOrderByIdDesc(partnerId, status);
    return found.stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public PartnerReferralView forPartner(long partnerId, long referralId) {
    return referrals.findById(referralId).filter(r -> r.getPartnerId() == partnerId).map(this::view)
        .orElseThrow(() -> new ReferralNotFoundException(referralId));
  }

  @Transactional(readOnly = true)
  public Optional<Referral> find(long referralId) {
    return referrals.findById(referralId);
  }

  /** Only a sent referral shows resident data, and only what the agreement allows. */
  private PartnerReferralView view(Referral referral) {
    HelpRequest request = intake.find(referral.getRequestId()).orElseThrow();
    Map<String, Object> resident = null;
    if (referral.getSentAt() != null) {
      Set<SharedField> allowed = partners.agreementOf(referral.getPartnerId()).allowedFields();
      resident = residentFields(residents.find(request.getResidentId()).orElseThrow(), request, allowed);
    }
    return new PartnerReferralView(referral.getId(), request.getReference(), referral.getStatus(),
        referral.getPriority().name(), referral.isSafeguarding(), referral.getReason(), referral.getSentAt(),
        referral.getAcknowledgedAt(), resident);
  }

  private static Map<String, Object> residentFields(ResidentDetails resident, HelpRequest request,
      Set<SharedField> allowed) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (SharedField field : SharedField.values()) {
      if (!allowed.contains(field)) {
        continue;
      }
      Object value = switch (field) {
        case FIRST_NAME -> resident.firstName();
        case LAST_NAME -> resident.lastName();
        case DATE_OF_BIRTH -> resident.dateOfBirth().toString();
        case PHONE -> resident.phone();
        case EMAIL -> resident.email();
        case ADDRESS -> address(resident);
        case NEEDS -> request.getNeeds().stream().map(Enum::name).sorted().toList();
        case VULNERABILITY -> Map.of("shielding", request.isShielding(), "disability", request.isDisability(),
            "selfIsolating", request.isSelfIsolating());
        case NOTES -> request.getNotes();
      };
      if (value != null) {
        fields.put(field.apiName(), value);
      }
    }
    return fields;
  }

  private static Map<String, Object> address(ResidentDetails resident) {
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("line1", resident.addressLine1());
    if (resident.addressLine2() != null) {
      address.put("line2", resident.addressLine2());
    }
    address.put("town", resident.town());
    address.put("postcode", resident.postcode());
    return address;
  }

  /**
   * Referrals sent but not acknowledged by the time the partner's agreement allows for their
   * priority, longest past first: the duty manager's overdue page. The SLA is the agreement's
   * current one (a changed agreement applies to the escalation timers of referrals sent after it).
   */
  @Transactional(readOnly = true)
  public List<UnacknowledgedReferral> unacknowledgedPastSla(Instant now) {
    return referrals.findByStatusOrderBySentAtAsc(ReferralStatus.SENT).stream()
        .filter(referral -> referral.getSentAt() != null)
        .map(referral -> new UnacknowledgedReferral(referral.getId(),
            intake.find(referral.getRequestId()).orElseThrow().getReference(),
            partners.get(referral.getPartnerId()).getName(), referral.getPriority(), referral.getSentAt(),
            partners.agreementOf(referral.getPartnerId()).acknowledgementSla(referral.getPriority())))
        .filter(referral -> referral.due().isBefore(now))
        .sorted(Comparator.comparing(UnacknowledgedReferral::due))
        .toList();
  }

  /**
   * Staff refer an open request to a partner from the desk: the same start as Tasklist's 'Refer to
   * partner' form (partner-referral.bpmn with the reference, partner type and reason), so consent,
   * disclosure and the SLA work as they do there. The process starts in the caller's transaction.
   */
  @Transactional
  public void referByStaff(String reference, PartnerType partnerType, String reason, String staffUser) {
    openRequestToRefer(reference);
    runtimeService.createProcessInstanceByKey(ReferralVariables.PROCESS_KEY)
        .businessKey(reference)
        .setVariable(ReferralVariables.REFERENCE, reference)
        .setVariable(ReferralVariables.PARTNER_TYPE, partnerType.name())
        .setVariable(ReferralVariables.REFERRAL_REASON, reason)
        .setVariable("initiator", staffUser)
        .execute();
  }

  /**
   * The request was withdrawn on the staff desk: its referrals still running are withdrawn, and a
   * referral process staff started for it (not called by intake, which ends its own) is ended.
   */
  @Transactional
  public void withdrawForRequest(long requestId, String reference) {
    referrals.findByRequestIdOrderByIdAsc(requestId).stream()
        .filter(r -> EnumSet.of(ReferralStatus.OPENED, ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED,
            ReferralStatus.ACCEPTED).contains(r.getStatus()))
        .forEach(r -> {
          r.withdrawnWithRequest(clock.instant());
          // A partner hears of a referral only once it was sent to them.
          if (r.getSentAt() != null) {
            publish(ReferralEvent.What.WITHDRAWN, r, reference);
          }
        });
    List<String> startedByStaff = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(ReferralVariables.PROCESS_KEY).list().stream()
        .filter(instance -> runtimeService.createProcessInstanceQuery().subProcessInstanceId(instance.getId())
            .count() == 0)
        .map(instance -> instance.getId()).toList();
    if (!startedByStaff.isEmpty()) {
      runtimeService.deleteProcessInstancesIfExists(startedByStaff, "Request withdrawn on the staff desk", false,
          true, false);
    }
  }

  /** Tells listeners (the partner's webhook) in this transaction: ids and status only. */
  private void publish(ReferralEvent.What what, Referral referral, String requestReference) {
    events.publishEvent(new ReferralEvent(what, referral.getId(), referral.getPartnerId(), requestReference,
        referral.getStatus(), what == ReferralEvent.What.ESCALATED ? referral.getEscalations() : 0, clock.instant()));
  }

  /** A request's referrals, oldest first, with the partner's name: the staff desk's timeline. */
  @Transactional(readOnly = true)
  public List<RequestReferral> forRequest(long requestId) {
    return referrals.findByRequestIdOrderByIdAsc(requestId).stream()
        .map(referral -> new RequestReferral(referral, partners.get(referral.getPartnerId()).getName())).toList();
  }

  /** What a referral task shows in Tasklist: the request's card (see intake.RequestCard). */
  @Transactional(readOnly = true)
  public RequestCard requestCard(long requestId) {
    return intake.card(requestId);
  }
}
