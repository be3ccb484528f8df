package org.communityhub.dispatch;

import java.time.Instant;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.RequestCard;
import org.communityhub.platform.TaskCards;
import org.communityhub.platform.VariableValues;
import org.springframework.stereotype.Component;

/**
 * On creating a dispatch task: names it after the request with its district and priority. Due by
 * the priority's promise from now; a welfare check call is always due the same day (the resident
 * did not answer the door); 'Record the organisation's outcome' waits on the organisation, so it
 * gets a follow-up date at the promise instead of a due date.
 */
@Component
public class DispatchTaskCard implements TaskListener {

  static final String WELFARE_CHECK_TASK = "Task_WelfareCheckCall";
  static final String ORGANISATION_OUTCOME_TASK = "Task_RecordOrganisationOutcome";

  private final DispatchTaskService dispatch;

  DispatchTaskCard(DispatchTaskService dispatch) {
    this.dispatch = dispatch;
  }

  @Override
  public void notify(DelegateTask task) {
    RequestCard card = dispatch.requestCard(VariableValues.id(task, DispatchVariables.REQUEST_ID));
    Priority priority = WELFARE_CHECK_TASK.equals(task.getTaskDefinitionKey()) ? Priority.P1 : card.priority();
    String priorityInWords = priority.name() + ": " + priority.promise();
    TaskCards.describe(task, card.reference(), Arrays.asList(card.district(), priorityInWords));
    TaskCards.showOnCard(task, card.reference(), card.district(), priorityInWords);
    Instant promised = priority.dueBy(task.getCreateTime().toInstant());
    if (ORGANISATION_OUTCOME_TASK.equals(task.getTaskDefinitionKey())) {
      TaskCards.schedule(task, null, priority.taskPriority(), promised);
    } else {
      TaskCards.schedule(task, promised, priority.taskPriority(), null);
    }
  }
}
