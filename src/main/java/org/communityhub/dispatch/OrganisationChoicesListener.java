package org.communityhub.dispatch;

import static org.communityhub.dispatch.DispatchVariables.*;

import org.communityhub.platform.VariableValues;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On 'Allocate manually' and 'Record the organisation's outcome': shows the coordinator which
 * organisations could take the task (names, places free, contact) and which one has it. Local to
 * the task: it is only for the form.
 */
@Component
public class OrganisationChoicesListener implements TaskListener {

  private final AssignmentService assignments;

  OrganisationChoicesListener(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Override
  public void notify(DelegateTask task) {
    long taskId = VariableValues.id(task, TASK_ID);
    task.setVariableLocal(ORGANISATION_CHOICES, assignments.organisationChoices(taskId));
    assignments.organisationOf(taskId).ifPresent(name -> task.setVariableLocal(ORGANISATION_NAME, name));
  }
}
