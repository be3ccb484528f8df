package org.communityhub.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.communityhub.area.SignpostSettings;
import org.communityhub.area.AreaCheck;
import org.communityhub.area.AreaService;
import org.communityhub.area.Postcodes;
import org.communityhub.eligibility.EligibilityDecision;
import org.communityhub.eligibility.EligibilityOutcome;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.residents.ResidentDetails;
import org.communityhub.residents.ResidentMatch;
import org.communityhub.residents.ResidentService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Helpline intake: records requests for help and what the intake process decides about them. */
@Service
public class IntakeService {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final HelpRequestRepository requests;
  private final HelpRequestActionRepository actions;
  private final ResidentService residents;
  private final AreaService area;
  private final IntakeValidator validator;
  private final RuntimeService runtimeService;
  private final IntakeContinuation continuation;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final String directoryUrl;

  IntakeService(HelpRequestRepository requests, HelpRequestActionRepository actions, ResidentService residents, AreaService area,
      IntakeValidator validator, RuntimeService runtimeService, IntakeContinuation continuation,
      TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock, SignpostSettings signpost) {
    this.requests = requests;
    this.actions = actions;
    this.residents = residents;
    this.area = area;
    this.validator = validator;
    this.runtimeService = runtimeService;
    this.continuation = continuation;
    this.transaction = transaction;
    this.events = events;
    this.clock = clock;
    this.directoryUrl = signpost.directoryUrl().toString();
  }

  /**
   * Starts helpline intake from Java (the partner API, imports) with the same checks as the
   * Tasklist form: registers the request and starts the process with only ids and routing facts.
   * The resident's details never enter Camunda's tables. Invalid input throws
   * {@link IntakeValidationException} and stores nothing.
   *
   * <p>Registration commits before anything that can fail for technical reasons (the process
   * continues asynchronously after Task_RegisterRequest; docs/architecture.md, "Async boundaries").
   * Called outside a transaction, the rest of intake is then run at once in this thread, so the
   * caller usually learns the decision; if a later step fails, the request is still stored and
   * the answer says RECEIVED. Called inside the caller's transaction, the job executor carries on
   * after that transaction commits; call {@link #carryOn} then for an up-to-date answer.
   */
  public IntakeResult submit(IntakeCommand command) {
    return submit(command, List.of());
  }

  /**
   * As {@link #submit(IntakeCommand)}, for a form that could not read some fields (a date that is
   * not a date): they are reported with every other problem, and nothing is stored.
   */
  public IntakeResult submit(IntakeCommand command, List<FieldError> unreadable) {
    IntakeResult registered = transaction.execute(status -> registerAndStart(command, unreadable));
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return registered;
    }
    return carryOn(registered.reference());
  }

  private IntakeResult registerAndStart(IntakeCommand command, List<FieldError> unreadable) {
    Registration registration = register(command, unreadable);
    runtimeService.createProcessInstanceByKey(IntakeVariables.PROCESS_KEY)
        .businessKey(registration.reference())
        .setVariables(IntakeVariables.routingFacts(command, registration))
        .execute();
    return result(registration.reference());
  }

  /**
   * Runs the step waiting after registration now, in this thread, instead of leaving it to the job
   * executor, and answers where the request stands afterwards. A failure is not thrown: the job
   * keeps its remaining retries, then becomes an incident (see docs/architecture.md); the request
   * stays stored either way. Must be called after the registration has committed.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public IntakeResult carryOn(String reference) {
    continuation.runNow(reference);
    return result(reference);
  }

  private IntakeResult result(String reference) {
    HelpRequest request = requests.findByReference(reference).orElseThrow();
    String attachedTo = request.getAttachedToId() == null ? null
        : requests.findById(request.getAttachedToId()).map(HelpRequest::getReference).orElse(null);
    IntakeResult.Signpost signpost = null;
    if (request.getStatus() == RequestStatus.OUT_OF_AREA) {
      // Asked again rather than parsed from signpostedTo: the council's name and website as the area knows them.
      AreaCheck check = residents.find(request.getResidentId()).map(r -> area.check(r.postcode())).orElse(null);
      signpost = check == null || check.signpostCouncil() == null ? null
          : new IntakeResult.Signpost(check.signpostCouncil(), check.signpostWebsite());
    }
    return new IntakeResult(reference, request.getStatus(), attachedTo, signpost);
  }

  /**
   * The problems {@link #submit} would refuse this request with, without storing anything: for a
   * form asked over several pages, which checks each page's answers as they are given.
   */
  public List<FieldError> problemsWith(IntakeCommand command, List<FieldError> unreadable) {
    try {
      validator.validateOrThrow(command, unreadable);
      return List.of();
    } catch (IntakeValidationException invalid) {
      return invalid.errors();
    }
  }

  /**
   * Validates and stores a request: finds or registers the resident, and attaches the request to
   * the resident's open request if they have one.
   */
  @Transactional
  public Registration register(IntakeCommand command, List<FieldError> unreadable) {
    validator.validateOrThrow(command, unreadable);
    ResidentMatch resident = residents.findOrRegister(residentDetails(command));
    Optional<HelpRequest> openRequest = requests.findFirstByResidentIdAndStatusInOrderByIdAsc(
        resident.residentId(), RequestStatus.OPEN);
    Instant now = clock.instant();
    HelpRequest request = requests.save(HelpRequest.received(command, resident.residentId(),
        requests.existsByResidentId(resident.residentId()), now));
    request.assignReference(now.atZone(UK).getYear());
    openRequest.ifPresent(open -> request.attachTo(open, now));
    return new Registration(request.getId(), request.getReference(), resident,
        openRequest.map(HelpRequest::getReference).orElse(null));
  }

  /** Checks the resident's postcode against the council area and records the district. */
  @Transactional
  public AreaCheck checkArea(long requestId) {
    HelpRequest request = requests.findById(requestId).orElseThrow();
    ResidentDetails resident = residents.find(request.getResidentId()).orElseThrow();
    AreaCheck check = area.check(resident.postcode());
    request.recordDistrict(check.district(), clock.instant());
    return check;
  }

  /** Closes a request from outside the area, recording which council the resident was sent to. */
  @Transactional
  public void signpostOutOfArea(long requestId) {
    HelpRequest request = requests.findById(requestId).orElseThrow();
    AreaCheck check = area.check(residents.find(request.getResidentId()).orElseThrow().postcode());
    RequestStatus before = request.getStatus();
    request.signpost(RequestStatus.OUT_OF_AREA,
        check.signpostCouncil() + " (" + check.signpostWebsite() + ")", clock.instant());
    statusChanged(request, before);
  }

  /** Closes a request the hub will not help with, pointing the resident to the directory. */
  @Transactional
  public void signpostToDirectory(long requestId) {
    HelpRequest request = requests.findById(requestId).orElseThrow();
    RequestStatus before = request.getStatus();
    request.signpost(RequestStatus.SIGNPOSTED, "Service directory (" + directoryUrl + ")", clock.instant());
    statusChanged(request, before);
  }

  /** Records the decision of the eligibility rules. */
  @Transactional
  public void recordEligibility(long requestId, EligibilityDecision decision) {
    HelpRequest request = requests.findById(requestId).orElseThrow();
    RequestStatus before = request.getStatus();
    request.recordDecision(decision, clock.instant());
    statusChanged(request, before);
  }

  /**
   * Records an officer's review: it must settle the request (not REVIEW again), give a priority
   * and a reason, and name the partner type for a referral. Otherwise the task stays open.
   */
  @Transactional
  public void recordReviewDecision(long requestId, EligibilityDecision decision, List<FieldError> unreadable) {
    List<FieldError> errors = new ArrayList<>(unreadable);
    if (decision.outcome() == null || decision.outcome() == EligibilityOutcome.REVIEW) {
      errors.add(new FieldError("reviewOutcome", "choose volunteer help, a referral or signposting"));
    }
    if (decision.priority() == null) {
      errors.add(new FieldError("reviewPriority", "choose P1, P2 or P3"));
    }
    if (decision.outcome() == EligibilityOutcome.REFER && decision.partnerType() == null) {
      errors.add(new FieldError("reviewPartnerType", "choose the kind of partner to refer to"));
    }
    if (decision.reason() == null || decision.reason().isBlank()) {
      errors.add(new FieldError("reviewReason", "give the reason for the decision"));
    }
    if (!errors.isEmpty()) {
      throw new IntakeValidationException(errors);
    }
    PartnerType partnerType = decision.outcome() == EligibilityOutcome.REFER ? decision.partnerType() : null;
    recordEligibility(requestId, new EligibilityDecision(decision.outcome(), decision.priority(),
        partnerType, decision.reason(), decision.decidedBy()));
  }

  /** A call handler obtained the resident's consent to share their details with partners. */
  @Transactional
  public void recordConsentToShare(long requestId) {
    requests.findById(requestId).orElseThrow().consentToShare(clock.instant());
  }

  /** Closes a request once the help it needed has been given or arranged elsewhere. */
  @Transactional
  public void closeRequest(long requestId) {
    HelpRequest request = requests.findById(requestId).orElseThrow();
    if (request.isOpen()) {
      RequestStatus before = request.getStatus();
      request.closeAfterHelp(clock.instant());
      statusChanged(request, before);
    }
  }

  /** The resident's requests; erasure works through them. */
  @Transactional(readOnly = true)
  public List<HelpRequest> requestsOf(long residentId) {
    return requests.findByResidentId(residentId);
  }

  /** Erases the free text of the resident's requests and of staff's notes on them (part of a recorded erasure). */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public void eraseRequestsOf(long residentId) {
    List<HelpRequest> theirs = requests.findByResidentId(residentId);
    theirs.forEach(r -> r.erase(clock.instant()));
    actions.findByRequestIdIn(theirs.stream().map(HelpRequest::getId).toList()).forEach(a -> a.erase(clock.instant()));
  }

  /**
   * The requests this staff member recorded today (UK time), newest first: on the desk or in
   * Tasklist, whose start form's user is the request's submittedBy.
   */
  @Transactional(readOnly = true)
  public List<HelpRequest> recordedTodayBy(String staffUser, int limit) {
    Instant startOfToday = clock.instant().atZone(UK).toLocalDate().atStartOfDay(UK).toInstant();
    return requests.findBySubmittedByAndCreatedAtGreaterThanEqualOrderByCreatedAtDescIdDesc(staffUser, startOfToday,
        org.springframework.data.domain.PageRequest.of(0, limit));
  }

  /** What staff did to the request on the desk, oldest first. */
  @Transactional(readOnly = true)
  public List<RequestAction> actionsOn(long requestId) {
    return actions.findByRequestIdOrderByRecordedAtAscIdAsc(requestId).stream().map(HelpRequestAction::view).toList();
  }

  /**
   * Records what staff did to a request: a note (free text in {@code note}), contact details
   * updated or a referral ({@code summary}: words the hub chose, no personal data).
   */
  @Transactional
  public void recordAction(long requestId, RequestAction.Kind kind, String summary, String note, String staffUser) {
    requests.findById(requestId).orElseThrow();
    actions.save(new HelpRequestAction(requestId, kind, summary, note, staffUser, clock.instant()));
  }

  /**
   * Staff withdrew or closed an open request: it is closed with the reason, and its intake process
   * (with the dispatch or referral it called) ends as externally terminated, so no task or timer of
   * it is left. Dispatch and referrals withdraw their own offers and referrals first (the desk's
   * withdrawal does both in one transaction). Returns false if the request was no longer open.
   */
  @Transactional
  public boolean withdraw(long requestId, WithdrawalReason reason, String otherReason, String staffUser) {
    HelpRequest request = requests.findById(requestId).orElseThrow();
    if (!request.isOpen()) {
      return false;
    }
    RequestStatus before = request.getStatus();
    request.withdraw(clock.instant());
    statusChanged(request, before);
    actions.save(new HelpRequestAction(requestId, RequestAction.Kind.WITHDRAWN, reason.name(),
        reason == WithdrawalReason.OTHER ? otherReason : null, staffUser, clock.instant()));
    List<String> running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(request.getReference())
        .processDefinitionKey(IntakeVariables.PROCESS_KEY).list().stream().map(p -> p.getId()).toList();
    if (!running.isEmpty()) {
      runtimeService.deleteProcessInstancesIfExists(running, "Withdrawn on the staff desk: " + reason.name(),
          false, true, false);
    }
    return true;
  }

  /** Residents whose requests all closed before the cutoff and who are not yet erased. */
  @Transactional(readOnly = true)
  public List<Long> residentsClosedBefore(Instant cutoff, int limit) {
    return requests.findResidentsClosedBefore(cutoff, org.springframework.data.domain.PageRequest.of(0, limit));
  }

  /** Where the request with this reference stands, as {@link #submit} answers it. */
  @Transactional(readOnly = true)
  public Optional<IntakeResult> findResult(String reference) {
    return requests.findByReference(reference).map(request -> result(reference));
  }

  /** What a staff task about this request shows in Tasklist (see platform.TaskCards). */
  @Transactional(readOnly = true)
  public RequestCard card(long requestId) {
    HelpRequest request = requests.findById(requestId).orElseThrow();
    String district = request.getPostcodeDistrict() == null ? null : area.label(request.getPostcodeDistrict());
    // While an officer reviews it, the rules' priority is no decision: the urgency the resident gave counts.
    boolean decided = request.getPriority() != null && request.getStatus() != RequestStatus.IN_REVIEW;
    return new RequestCard(request.getReference(), district,
        decided ? request.getPriority() : request.getUrgency().matchingPriority(), decided);
  }

  @Transactional(readOnly = true)
  public Optional<HelpRequest> findByReference(String reference) {
    return requests.findByReference(reference);
  }

  /** Requests in this status received before the given time, oldest first: the duty manager's overdue page. */
  @Transactional(readOnly = true)
  public List<HelpRequest> waitingSince(RequestStatus status, Instant receivedBefore) {
    return requests.findByStatusAndCreatedAtBeforeOrderByCreatedAtAsc(status, receivedBefore);
  }

  @Transactional(readOnly = true)
  public Optional<HelpRequest> find(long requestId) {
    return requests.findById(requestId);
  }

  /**
   * Tells listeners (the submitting partner's webhook) in this transaction that the request moved:
   * a partner need not poll for the status of a request it submitted.
   */
  private void statusChanged(HelpRequest request, RequestStatus before) {
    if (request.getStatus() != before) {
      events.publishEvent(new RequestStatusChanged(request.getId(), request.getReference(), request.getSubmittedBy(),
          before, request.getStatus(), clock.instant()));
    }
  }

  private static ResidentDetails residentDetails(IntakeCommand command) {
    return new ResidentDetails(command.firstName(), command.lastName(), command.dateOfBirth(),
        command.phone(), command.email(), command.addressLine1(), command.addressLine2(),
        command.town(), Postcodes.normalise(command.postcode()));
  }
}
