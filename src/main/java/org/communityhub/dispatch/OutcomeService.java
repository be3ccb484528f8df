package org.communityhub.dispatch;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.communityhub.organisations.OrganisationService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How the help went: the volunteer's one report, a coordinator's after a chase, an organisation's. */
@Service
public class OutcomeService {

  private final JdbcTemplate jdbc;
  private final DispatchRecords records;
  private final OrganisationService organisations;
  private final RuntimeService runtimeService;
  private final Clock clock;

  OutcomeService(JdbcTemplate jdbc, DispatchRecords records, OrganisationService organisations,
      RuntimeService runtimeService, Clock clock) {
    this.jdbc = jdbc;
    this.records = records;
    this.organisations = organisations;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** The volunteer reports how the visit went, once. */
  @Transactional
  public AnswerResult reportOutcome(long offerId, Outcome outcome, String notes) {
    DispatchRecords.OfferRow offer = records.offer(offerId).orElseThrow();
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
      records.setTaskStatus(taskId, outcome.name());
      inHand.forEach(records::refreshEngaged);
      if (outcome == Outcome.DONE) {
        records.recordHelped(taskId, clock.instant());
      }
    }
    return updated > 0;
  }

  /** The organisation's report, recorded by a coordinator: frees its place. False if already recorded. */
  @Transactional
  public boolean recordOrganisationOutcome(long taskId, Outcome outcome, String notes) {
    if (notes != null && notes.length() > 1000) {
      throw new DispatchValidationException(DispatchVariables.OUTCOME_NOTES, "notes must be 1000 characters or fewer");
    }
    boolean recorded = organisations.recordOutcome(taskId, outcome.name(), notes);
    if (recorded) {
      records.setTaskStatus(taskId, outcome.name());
      if (outcome == Outcome.DONE) {
        records.recordHelped(taskId, clock.instant());
      }
    }
    return recorded;
  }
}
