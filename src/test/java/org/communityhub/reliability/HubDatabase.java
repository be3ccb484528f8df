package org.communityhub.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the reliability tests read straight from the hub's database after the fact. */
final class HubDatabase {

  private final JdbcTemplate jdbc;

  HubDatabase(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Jobs that are due now and could run (not future timers). */
  long dueJobs() {
    return jdbc.queryForObject("select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
        + " and (duedate_ is null or duedate_ <= current_timestamp)", Long.class);
  }

  long unfinishedJobsIncludingLocked() {
    return jdbc.queryForObject("select count(*) from act_ru_job where (duedate_ is null or duedate_ <= current_timestamp)"
        + " or lock_owner_ is not null", Long.class);
  }

  void awaitNoDueJobs(Duration within) throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    while (dueJobs() > 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Jobs still due after " + within + ": " + jdbc.queryForList(
            "select id_, type_, handler_type_, retries_, lock_owner_, exception_msg_ from act_ru_job"
                + " where duedate_ is null or duedate_ <= current_timestamp"));
      }
      Thread.sleep(500);
    }
  }

  List<Map<String, Object>> jobsOutOfRetries() {
    return jdbc.queryForList("select id_, handler_type_, exception_msg_ from act_ru_job where retries_ = 0");
  }

  List<Map<String, Object>> incidents() {
    return jdbc.queryForList("select incident_type_, activity_id_, incident_msg_ from act_ru_incident");
  }

  boolean requestStored(String reference) {
    return jdbc.queryForObject("select count(*) from help_request where reference = ?", Long.class, reference) == 1;
  }

  /** The intake process of a request, running or finished (history level audit keeps it). */
  boolean processStarted(String reference) {
    return jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?"
        + " and proc_def_key_ = 'helpline-intake'", Long.class, reference) == 1;
  }

  /** Outbox messages the hub believes it sent, by key. */
  List<String> sentMessageKeys() {
    return jdbc.queryForList("select message_key from notification_outbox where status = 'SENT'", String.class);
  }

  long pendingMessages() {
    return jdbc.queryForObject("select count(*) from notification_outbox where status = 'PENDING'", Long.class);
  }

  /** An accepted offer whose task has its assignment, to the volunteer who accepted. */
  boolean assignedAfterAccept(long offerId) {
    return jdbc.queryForObject("""
        select count(*) from volunteer_offer o join volunteer_assignment a
          on a.task_id = o.task_id and a.volunteer_id = o.volunteer_id
        where o.id = ? and o.status = 'ACCEPTED'""", Long.class, offerId) == 1;
  }

  /** Tasks with more than one accepted offer (each task ends with one assignment at most). */
  List<Map<String, Object>> tasksAcceptedTwice() {
    return jdbc.queryForList("select task_id, count(*) as accepted from volunteer_offer where status = 'ACCEPTED'"
        + " group by task_id having count(*) > 1");
  }

  /**
   * Service tasks that ran more than once in one instance of intake or referral (neither loops, so
   * a second run means a job ran twice).
   */
  List<Map<String, Object>> serviceTasksRunTwice() {
    return jdbc.queryForList("""
        select proc_inst_id_, act_id_, count(*) as runs from act_hi_actinst
        where act_type_ = 'serviceTask' and proc_def_key_ in ('helpline-intake', 'partner-referral')
        group by proc_inst_id_, act_id_ having count(*) > 1""");
  }

  long serviceTaskRuns() {
    return jdbc.queryForObject("select count(*) from act_hi_actinst where act_type_ = 'serviceTask'", Long.class);
  }
}
