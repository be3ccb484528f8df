package org.communityhub.dispatch;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.communityhub.notify.Channel;
import org.communityhub.notify.NotifyService;
import org.communityhub.notify.OutboundMessage;
import org.communityhub.volunteers.VolunteerContact;
import org.communityhub.volunteers.VolunteerMatching;
import org.communityhub.volunteers.VolunteerService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers a task to one volunteer at a time and takes their answer. The database guards the races
 * (one open offer per volunteer, one assignment per task); the process waits for answers through
 * messages correlated here, in the same transaction as the database change, so a lost race
 * changes nothing.
 */
@Service
public class OfferService {

  private final JdbcTemplate jdbc;
  private final DispatchRecords records;
  private final VolunteerMatcher matcher;
  private final VolunteerMatching matching;
  private final VolunteerService volunteers;
  private final NotifyService notify;
  private final OfferLinks links;
  private final RuntimeService runtimeService;
  private final Clock clock;
  private final DispatchSettings settings;

  OfferService(JdbcTemplate jdbc, DispatchRecords records, VolunteerMatcher matcher, VolunteerMatching matching,
      VolunteerService volunteers, NotifyService notify, OfferLinks links, RuntimeService runtimeService, Clock clock,
      DispatchSettings settings) {
    this.settings = settings;
    this.jdbc = jdbc;
    this.records = records;
    this.matcher = matcher;
    this.matching = matching;
    this.volunteers = volunteers;
    this.notify = notify;
    this.links = links;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Offers the task to the best volunteer in the current search scope, if there is one. */
  @Transactional
  public Optional<Long> offerToBestCandidate(long taskId) {
    VolunteerTask task = records.task(taskId);
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
    records.recordOffered(taskId, clock.instant());
    return Optional.of(key.getKey().longValue());
  }

  /** Sends the offer's link to the volunteer (SMS, or email when they gave no phone). Idempotent. */
  @Transactional
  public void sendOffer(long offerId) {
    DispatchRecords.OfferRow offer = records.offer(offerId)
        .orElseThrow(() -> new IllegalStateException("No offer " + offerId));
    VolunteerContact volunteer = volunteers.contact(offer.volunteerId()).orElseThrow();
    Map<String, String> personalisation = new LinkedHashMap<>();
    personalisation.put("area", offer.districtName());
    personalisation.put("need", offer.needSummary());
    personalisation.put("window", OfferWindow.describe(offer.windowStart(), offer.windowEnd()));
    personalisation.put("link", links.linkFor(offerId, linkExpiry(offer)));
    boolean sms = volunteer.phone() != null && !volunteer.phone().isBlank();
    notify.send(new OutboundMessage("offer-" + offerId + (sms ? "-sms" : "-email"),
        sms ? Channel.SMS : Channel.EMAIL, sms ? "offer-sms" : "offer-email",
        "volunteer:" + volunteer.id(), sms ? volunteer.phone() : volunteer.email(), personalisation));
  }

  /** How long the volunteer has to answer this offer, from now (TaskWindow.answerTime): the offer timer's duration. */
  @Transactional(readOnly = true)
  public Duration answerTime(long offerId) {
    DispatchRecords.OfferRow offer = records.offer(offerId)
        .orElseThrow(() -> new IllegalStateException("No offer " + offerId));
    return TaskWindow.answerTime(clock.instant(), offer.windowStart(),
        settings.offerTimeout(records.task(offer.taskId()).priority()));
  }

  /** The link serves the accept, then the outcome report: it lasts until a day after the task's window. */
  private static Instant linkExpiry(DispatchRecords.OfferRow offer) {
    return offer.windowEnd().plus(Duration.ofDays(1));
  }

  /** The volunteer did not answer in time. */
  @Transactional
  public void expireOffer(long offerId) {
    int expired = jdbc.update("""
        update volunteer_offer set status = 'EXPIRED', open_volunteer_id = null, answered_at = ?
        where id = ? and status = 'OPEN'""", clock.instant().atOffset(ZoneOffset.UTC), offerId);
    if (expired > 0) {
      records.refreshEngaged(records.offer(offerId).orElseThrow().volunteerId());
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
    DispatchRecords.OfferRow offer = records.offer(offerId).orElseThrow();
    records.assign(offer.taskId(), offer.volunteerId(), offer.residentId(), offerId, now);
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
    DispatchRecords.OfferRow offer = records.offer(offerId).orElseThrow();
    records.refreshEngaged(offer.volunteerId());
    runtimeService.createMessageCorrelation(DispatchVariables.MESSAGE_OFFER_DECLINED)
        .processInstanceVariableEquals(DispatchVariables.TASK_ID, offer.taskId())
        .correlateWithResult();
    return AnswerResult.TAKEN;
  }

  /** The offer a volunteer's link names, with what their page shows. */
  @Transactional(readOnly = true)
  public Optional<DispatchRecords.OfferRow> offer(long offerId) {
    return records.offer(offerId);
  }

  /**
   * Why an answer through the link was not taken: the link was used for this offer's answer
   * already (single use), or the offer is no longer open (timed out, withdrawn, task taken).
   */
  AnswerResult refusal(long offerId) {
    String status = records.offer(offerId).map(DispatchRecords.OfferRow::status).orElse("");
    return "ACCEPTED".equals(status) || "DECLINED".equals(status) ? AnswerResult.ALREADY_ANSWERED
        : AnswerResult.NO_LONGER_OPEN;
  }
}
