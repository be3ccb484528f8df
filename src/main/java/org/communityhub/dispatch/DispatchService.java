package org.communityhub.dispatch;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.communityhub.area.AreaService;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.notify.Channel;
import org.communityhub.notify.NotifyService;
import org.communityhub.notify.OutboundMessage;
import org.communityhub.organisations.Organisation;
import org.communityhub.organisations.OrganisationService;
import org.communityhub.organisations.OrganisationValidationException;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.DbsRequirement;
import org.communityhub.volunteers.VolunteerMatching;
import org.communityhub.volunteers.Skill;
import org.communityhub.volunteers.VolunteerContact;
import org.communityhub.volunteers.VolunteerService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer dispatch: builds the task from a request, offers it to one volunteer at a time,
 * widens the search, and takes the volunteer's answers and outcome. The database guards the
 * races (one open offer per volunteer, one assignment per task, one assignment in hand per
 * volunteer); the process waits for answers through messages correlated here, in the same
 * transaction as the database change, so a lost race changes nothing.
 */
@Service
public class DispatchService {

  private final JdbcTemplate jdbc;
  private final EntityManager entityManager;
  private final IntakeService intake;
  private final VolunteerService volunteers;
  private final VolunteerMatcher matcher;
  private final NotifyService notify;
  private final OfferLinks links;
  private final RuntimeService runtimeService;
  private final DispatchSettings settings;
  private final Clock clock;
  private final OrganisationService organisations;
  private final DbsRequirement dbsRequirement;
  private final VolunteerMatching matching;
  private final AreaService area;

  DispatchService(JdbcTemplate jdbc, EntityManager entityManager, IntakeService intake, VolunteerService volunteers, VolunteerMatcher matcher,
      NotifyService notify, OfferLinks links, RuntimeService runtimeService, DispatchSettings settings, Clock clock,
      OrganisationService organisations, DbsRequirement dbsRequirement, VolunteerMatching matching, AreaService area) {
    this.dbsRequirement = dbsRequirement;
    this.matching = matching;
    this.area = area;
    this.organisations = organisations;
    this.jdbc = jdbc;
    this.entityManager = entityManager;
    this.intake = intake;
    this.volunteers = volunteers;
    this.matcher = matcher;
    this.notify = notify;
    this.links = links;
    this.runtimeService = runtimeService;
    this.settings = settings;
    this.clock = clock;
  }

  /** The task built from a request, with the timer durations the process uses. */
  public record BuiltTask(long taskId, String district, String needSummary, Duration offerTimeout, Duration chaseAfter) {}

  @Transactional
  public BuiltTask buildTask(long requestId) {
    HelpRequest request = intake.find(requestId).orElseThrow(
        () -> new IllegalStateException("No help request " + requestId));
    if (request.getPostcodeDistrict() == null || request.getPriority() == null) {
      throw new IllegalStateException("Help request " + requestId + " has no district or priority yet");
    }
    // Intake registered the request through JPA in this same transaction: write it out before
    // the task row (plain SQL) refers to it.
    entityManager.flush();
    Priority priority = request.getPriority();
    TaskRequirements requirements = TaskRequirements.of(request.getNeeds(), dbsRequirement::requiredFor);
    Instant now = clock.instant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          insert into volunteer_task (request_id, resident_id, district, priority, required_skills, required_dbs,
              need_summary, window_start, window_end, search_scope, search_round, status, created_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DISTRICT', 1, 'OPEN', ?)""", new String[] {"id"});
      insert.setLong(1, requestId);
      insert.setLong(2, request.getResidentId());
      insert.setString(3, request.getPostcodeDistrict());
      insert.setString(4, priority.name());
      insert.setString(5, requirements.skills().stream().map(Skill::name).collect(Collectors.joining(",")));
      insert.setString(6, requirements.dbs().name());
      insert.setString(7, requirements.summary());
      insert.setObject(8, now.atOffset(ZoneOffset.UTC));
      insert.setObject(9, now.plus(settings.window(priority)).atOffset(ZoneOffset.UTC));
      insert.setObject(10, now.atOffset(ZoneOffset.UTC));
      return insert;
    }, key);
    return new BuiltTask(key.getKey().longValue(), request.getPostcodeDistrict(), requirements.summary(),
        settings.offerTimeout(priority), settings.chaseAfter(priority));
  }

  /** Offers the task to the best volunteer in the current search scope, if there is one. */
  @Transactional
  public Optional<Long> offerToBestCandidate(long taskId) {
    VolunteerTask task = task(taskId);
    Optional<Long> volunteer = matcher.bestCandidate(task);
    if (volunteer.isEmpty()) {
      return Optional.empty();
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    // The matcher locked the volunteer (PostgreSQL) so concurrent matchers pass them over. Should
    // two still pick the same volunteer (H2), volunteer_offer_one_open_uk fails this step, its job
    // is retried, and the retry picks someone else.
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          insert into volunteer_offer (task_id, volunteer_id, search_round, status, open_volunteer_id, offered_at)
          values (?, ?, ?, 'OPEN', ?, ?)""", new String[] {"id"});
      insert.setLong(1, taskId);
      insert.setLong(2, volunteer.get());
      insert.setInt(3, task.round());
      insert.setLong(4, volunteer.get());
      insert.setObject(5, clock.instant().atOffset(ZoneOffset.UTC));
      return insert;
    }, key);
    matching.markEngaged(volunteer.get(), true);
    return Optional.of(key.getKey().longValue());
  }

  @Transactional(readOnly = true)
  public SearchScope scopeOf(long taskId) {
    return task(taskId).scope();
  }

  /** Widens the search one step: district → neighbouring districts → the whole council area. */
  @Transactional
  public SearchScope widenSearch(long taskId) {
    SearchScope wider = task(taskId).scope().wider();
    jdbc.update("update volunteer_task set search_scope = ? where id = ?", wider.name(), taskId);
    return wider;
  }

  /** A coordinator's 're-run matching': a new round from the district, asking everyone again. */
  @Transactional
  public void rerunMatching(long taskId) {
    jdbc.update("update volunteer_task set search_scope = 'DISTRICT', search_round = search_round + 1 where id = ?", taskId);
  }

  /** Sends the offer's link to the volunteer (SMS, or email when they gave no phone). Idempotent. */
  @Transactional
  public void sendOffer(long offerId) {
    OfferRow offer = offer(offerId).orElseThrow(() -> new IllegalStateException("No offer " + offerId));
    VolunteerContact volunteer = volunteers.contact(offer.volunteerId()).orElseThrow();
    Map<String, String> personalisation = new LinkedHashMap<>();
    personalisation.put("area", offer.districtName());
    personalisation.put("need", offer.needSummary());
    personalisation.put("window", VolunteerPage.window(offer.windowStart(), offer.windowEnd()));
    personalisation.put("link", links.linkFor(offerId, linkExpiry(offer)));
    boolean sms = volunteer.phone() != null && !volunteer.phone().isBlank();
    notify.send(new OutboundMessage("offer-" + offerId + (sms ? "-sms" : "-email"),
        sms ? Channel.SMS : Channel.EMAIL, sms ? "offer-sms" : "offer-email",
        "volunteer:" + volunteer.id(), sms ? volunteer.phone() : volunteer.email(), personalisation));
  }

  /** The link serves the accept, then the outcome report: it lasts until a day after the task's window. */
  private static Instant linkExpiry(OfferRow offer) {
    return offer.windowEnd().plus(Duration.ofDays(1));
  }

  /** The volunteer did not answer in time. */
  @Transactional
  public void expireOffer(long offerId) {
    int expired = jdbc.update("""
        update volunteer_offer set status = 'EXPIRED', open_volunteer_id = null, answered_at = ?
        where id = ? and status = 'OPEN'""", clock.instant().atOffset(ZoneOffset.UTC), offerId);
    if (expired > 0) {
      refreshEngaged(offer(offerId).orElseThrow().volunteerId());
    }
  }

  /**
   * The volunteer accepts. Exactly one accept wins, through three layers, each enough on its own:
   * the offer must still be OPEN (the conditional update locks its row), the task can have one
   * assignment (volunteer_assignment_task_uk), and the process must still be waiting for this
   * answer (the message correlation). A lost race returns NO_LONGER_OPEN or throws, and the
   * transaction rolls back; the caller translates the exception into the same answer.
   * AcceptGuardsTest proves the first two with the process still waiting, ConcurrentAcceptTest
   * the races as they happen.
   */
  @Transactional
  public AnswerResult accept(long offerId) {
    Instant now = clock.instant();
    int taken = jdbc.update("""
        update volunteer_offer set status = 'ACCEPTED', open_volunteer_id = null, answered_at = ?
        where id = ? and status = 'OPEN'""", now.atOffset(ZoneOffset.UTC), offerId);
    if (taken == 0) {
      return refusal(offerId);
    }
    OfferRow offer = offer(offerId).orElseThrow();
    assign(offer.taskId(), offer.volunteerId(), offer.residentId(), offerId, now);
    runtimeService.createMessageCorrelation(DispatchVariables.MESSAGE_OFFER_ACCEPTED)
        .processInstanceVariableEquals(DispatchVariables.TASK_ID, offer.taskId())
        .correlateWithResult();
    return AnswerResult.TAKEN;
  }

  @Transactional
  public AnswerResult decline(long offerId) {
    int taken = jdbc.update("""
        update volunteer_offer set status = 'DECLINED', open_volunteer_id = null, answered_at = ?
        where id = ? and status = 'OPEN'""", clock.instant().atOffset(ZoneOffset.UTC), offerId);
    if (taken == 0) {
      return refusal(offerId);
    }
    OfferRow offer = offer(offerId).orElseThrow();
    refreshEngaged(offer.volunteerId());
    runtimeService.createMessageCorrelation(DispatchVariables.MESSAGE_OFFER_DECLINED)
        .processInstanceVariableEquals(DispatchVariables.TASK_ID, offer.taskId())
        .correlateWithResult();
    return AnswerResult.TAKEN;
  }

  /**
   * Why an answer through the link was not taken: the link was used for this offer's answer
   * already (single use), or the offer is no longer open (timed out, withdrawn, task taken).
   */
  private AnswerResult refusal(long offerId) {
    String status = offer(offerId).map(OfferRow::status).orElse("");
    return "ACCEPTED".equals(status) || "DECLINED".equals(status) ? AnswerResult.ALREADY_ANSWERED
        : AnswerResult.NO_LONGER_OPEN;
  }

  /** The volunteer reports how the visit went, once. */
  @Transactional
  public AnswerResult reportOutcome(long offerId, Outcome outcome, String notes) {
    OfferRow offer = offer(offerId).orElseThrow();
    if (!"ACCEPTED".equals(offer.status())) {
      return AnswerResult.NO_LONGER_OPEN;
    }
    if (!recordOutcome(offer.taskId(), outcome, notes)) {
      // the link's one outcome report was made (or a coordinator recorded it after chasing)
      return AnswerResult.ALREADY_ANSWERED;
    }
    runtimeService.createMessageCorrelation(DispatchVariables.MESSAGE_OUTCOME_REPORTED)
        .processInstanceVariableEquals(DispatchVariables.TASK_ID, offer.taskId())
        .setVariable(DispatchVariables.OUTCOME, outcome.name())
        .correlateWithResult();
    return AnswerResult.TAKEN;
  }

  /** Records the outcome on the task's assignment unless one was reported; frees the volunteer. */
  @Transactional
  public boolean recordOutcome(long taskId, Outcome outcome, String notes) {
    List<Long> inHand = jdbc.queryForList(
        "select volunteer_id from volunteer_assignment where task_id = ? and outcome is null", Long.class, taskId);
    int updated = jdbc.update("""
        update volunteer_assignment set outcome = ?, outcome_notes = ?, reported_at = ?, active_volunteer_id = null
        where task_id = ? and outcome is null""",
        outcome.name(), notes == null || notes.isBlank() ? null : notes.strip(),
        clock.instant().atOffset(ZoneOffset.UTC), taskId);
    if (updated > 0) {
      jdbc.update("update volunteer_task set status = ? where id = ?", outcome.name(), taskId);
      inHand.forEach(this::refreshEngaged);
    }
    return updated > 0;
  }

  /** A coordinator gives the task to an active volunteer they reached themselves, named by email. */
  @Transactional
  public void assignManually(long taskId, String volunteerEmail) {
    long volunteerId = volunteers.findActiveByEmail(volunteerEmail).orElseThrow(() ->
        new DispatchValidationException(DispatchVariables.VOLUNTEER_EMAIL, "no active volunteer has this email"));
    assignManually(taskId, volunteerId);
  }

  /** A coordinator gives the task to a volunteer they reached themselves. */
  @Transactional
  public void assignManually(long taskId, long volunteerId) {
    VolunteerTask task = task(taskId);
    withdrawOpenOffers(taskId);
    assign(taskId, volunteerId, task.residentId(), null, clock.instant());
  }

  /**
   * A coordinator gives the task to an organisation (by name, any letter case): it must serve the
   * district and the need and have a place free; the place is taken in the same transaction.
   */
  @Transactional
  public void assignOrganisation(long taskId, String organisationName, String coordinator) {
    VolunteerTask task = task(taskId);
    long organisationId = organisations.findByName(organisationName).orElseThrow(() ->
        new OrganisationValidationException(DispatchVariables.ORGANISATION_NAME, "no organisation has this name"));
    organisations.assign(organisationId, taskId, task.residentId(), task.district(), task.requiredSkills(), coordinator);
    withdrawOpenOffers(taskId);
    jdbc.update("update volunteer_task set status = 'ORGANISATION' where id = ?", taskId);
  }

  /** The organisation's report, recorded by a coordinator: frees its place. False if already recorded. */
  @Transactional
  public boolean recordOrganisationOutcome(long taskId, Outcome outcome, String notes) {
    if (notes != null && notes.length() > 1000) {
      throw new DispatchValidationException(DispatchVariables.OUTCOME_NOTES, "notes must be 1000 characters or fewer");
    }
    boolean recorded = organisations.recordOutcome(taskId, outcome.name(), notes);
    if (recorded) {
      jdbc.update("update volunteer_task set status = ? where id = ?", outcome.name(), taskId);
    }
    return recorded;
  }

  /** For 'Allocate manually': the organisations that could take the task now, one a line. */
  @Transactional(readOnly = true)
  public String organisationChoices(long taskId) {
    VolunteerTask task = task(taskId);
    List<Organisation> available = organisations.availableFor(task.district(), task.requiredSkills());
    if (available.isEmpty()) {
      return "None has a place free for this district and need.";
    }
    return available.stream().map(o -> "%s (%s, %d of %d places free, %s)".formatted(o.name(),
        o.kind().name().toLowerCase(java.util.Locale.UK).replace('_', ' '), o.capacityLeft(), o.capacity(),
        o.contactPhone() != null ? o.contactPhone() : o.contactEmail())).collect(Collectors.joining("\n"));
  }

  /** The organisation a task was given to, for the coordinator's outcome form. */
  @Transactional(readOnly = true)
  public Optional<String> organisationOf(long taskId) {
    return organisations.nameOfAssigned(taskId);
  }

  /**
   * The request was withdrawn on the staff desk: its tasks stop, open offers are withdrawn and a
   * volunteer holding it is free again (matching may ask them for other work). The process itself
   * is ended by intake, whose process called dispatch.
   */
  @Transactional
  public void withdrawRequest(long requestId) {
    List<Long> taskIds = jdbc.queryForList(
        "select id from volunteer_task where request_id = ? and status in ('OPEN', 'ASSIGNED', 'ORGANISATION')",
        Long.class, requestId);
    for (long taskId : taskIds) {
      List<Long> volunteers = jdbc.queryForList(
          "select volunteer_id from volunteer_offer where task_id = ? and status = 'OPEN'"
              + " union select volunteer_id from volunteer_assignment where task_id = ? and active_volunteer_id is not null",
          Long.class, taskId, taskId);
      jdbc.update("update volunteer_offer set status = 'WITHDRAWN', open_volunteer_id = null, answered_at = ?"
          + " where task_id = ? and status = 'OPEN'", clock.instant().atOffset(ZoneOffset.UTC), taskId);
      jdbc.update("update volunteer_assignment set active_volunteer_id = null where task_id = ? and outcome is null",
          taskId);
      jdbc.update("update volunteer_task set status = 'WITHDRAWN' where id = ?", taskId);
      volunteers.forEach(this::refreshEngaged);
    }
  }

  @Transactional
  public void closeRequest(long requestId) {
    intake.closeRequest(requestId);
  }

  private void assign(long taskId, long volunteerId, long residentId, Long offerId, Instant now) {
    jdbc.update("""
        insert into volunteer_assignment (task_id, volunteer_id, resident_id, offer_id, active_volunteer_id, assigned_at)
        values (?, ?, ?, ?, ?, ?)""", taskId, volunteerId, residentId, offerId, volunteerId, now.atOffset(ZoneOffset.UTC));
    // fairness kept on the row the matcher reads in rank order (FairnessRecount ages it)
    matching.recordAssignment(volunteerId, now);
    jdbc.update("update volunteer_task set status = 'ASSIGNED' where id = ?", taskId);
  }

  /** Withdraws an offer the task may still have open, so that volunteer can be asked again later. */
  private void withdrawOpenOffers(long taskId) {
    List<Long> offered = jdbc.queryForList(
        "select volunteer_id from volunteer_offer where task_id = ? and status = 'OPEN'", Long.class, taskId);
    jdbc.update("update volunteer_offer set status = 'WITHDRAWN', open_volunteer_id = null where task_id = ? and status = 'OPEN'", taskId);
    offered.forEach(this::refreshEngaged);
  }

  /**
   * engaged: the volunteer holds an open offer or an assignment in hand (matching skips them). The
   * volunteer's row is locked before dispatch's rows are read, so of two changes at once the later
   * one reads what the earlier committed.
   */
  private void refreshEngaged(long volunteerId) {
    matching.lockForUpdate(volunteerId);
    boolean engaged = jdbc.queryForObject("""
        select case when exists (select 1 from volunteer_offer o where o.open_volunteer_id = ?)
                      or exists (select 1 from volunteer_assignment a where a.active_volunteer_id = ?)
               then 1 else 0 end""", Integer.class, volunteerId, volunteerId) == 1;
    matching.markEngaged(volunteerId, engaged);
  }

  VolunteerTask task(long taskId) {
    return jdbc.queryForObject("""
        select id, request_id, resident_id, district, priority, required_skills, required_dbs, need_summary,
               window_start, window_end, search_scope, search_round
        from volunteer_task where id = ?""", (rs, n) -> new VolunteerTask(rs.getLong(1), rs.getLong(2), rs.getLong(3),
        rs.getString(4), Priority.valueOf(rs.getString(5)), skills(rs.getString(6)), DbsLevel.valueOf(rs.getString(7)),
        rs.getString(8), instant(rs, 9), instant(rs, 10), SearchScope.valueOf(rs.getString(11)), rs.getInt(12)), taskId);
  }

  /** An offer with what the volunteer page shows before acceptance. */
  record OfferRow(long id, long taskId, long volunteerId, String status, long requestId, long residentId,
      String districtName, String needSummary, Instant windowStart, Instant windowEnd, String outcome) {}

  Optional<OfferRow> offer(long offerId) {
    return jdbc.query("""
        select o.id, o.task_id, o.volunteer_id, o.status, t.request_id, t.resident_id,
               t.district, t.need_summary, t.window_start, t.window_end, a.outcome
        from volunteer_offer o
        join volunteer_task t on t.id = o.task_id
        left join volunteer_assignment a on a.offer_id = o.id
        where o.id = ?""", (rs, n) -> new OfferRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
        rs.getLong(5), rs.getLong(6), area.label(rs.getString(7)), rs.getString(8), instant(rs, 9), instant(rs, 10),
        rs.getString(11)), offerId).stream().findFirst();
  }

  private static Set<Skill> skills(String list) {
    Set<Skill> skills = EnumSet.noneOf(Skill.class);
    Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).map(Skill::valueOf).forEach(skills::add);
    return skills;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
