package org.communityhub.desk;

import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.intake.Urgency;
import org.communityhub.support.Jobs;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Work for the overdue page with known times: requests through intake as callers make them, then
 * the time they were received, a referral's sending or a task's due date set where the test needs it.
 */
class OverdueFixture {

  private final IntakeService intake;
  private final TaskService tasks;
  private final ManagementService management;
  private final JdbcTemplate jdbc;

  OverdueFixture(IntakeService intake, TaskService tasks, ManagementService management, JdbcTemplate jdbc) {
    this.intake = intake;
    this.tasks = tasks;
    this.management = management;
    this.jdbc = jdbc;
  }

  /** A request the rules send to an officer: its 'Review eligibility' task, due when given (null: no due date). */
  Task reviewTaskDue(Instant due) {
    String reference = submit(aRequest().needs(Need.OTHER).build());
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_ReviewEligibility")
        .singleResult();
    setDue(task, due);
    return tasks.createTaskQuery().taskId(task.getId()).singleResult();
  }

  void setDue(Task task, Instant due) {
    task.setDueDate(due == null ? null : Date.from(due));
    tasks.saveTask(task);
  }

  /** A shielding resident who needs food today: P1, waiting for a volunteer; received at the time given. */
  String p1RequestReceivedAt(Instant received) {
    String reference = submit(aRequest().needs(Need.FOOD).urgency(Urgency.URGENT).shielding(true).build());
    receivedAt(reference, received);
    return reference;
  }

  void receivedAt(String reference, Instant received) {
    jdbc.update("update help_request set created_at = ? where reference = ?", Timestamp.from(received), reference);
  }

  /** An urgent housing need: referred at P1 to the demo housing association (SLA 8 hours), sent at the time given. */
  String p1HousingReferralSentAt(Instant sent) {
    String reference = submit(aRequest().needs(Need.HOUSING).urgency(Urgency.URGENT).build());
    int updated = jdbc.update("""
        update referral set sent_at = ? where status = 'SENT'
          and request_id = (select id from help_request where reference = ?)""", Timestamp.from(sent), reference);
    if (updated != 1) {
      throw new IllegalStateException("Expected one sent referral for " + reference + ", found " + updated);
    }
    return reference;
  }

  private String submit(org.communityhub.intake.IntakeCommand command) {
    String reference = intake.submit(command).reference();
    Jobs.awaitDueJobs(management);
    return reference;
  }
}
