package org.communityhub.dispatch;

import static org.communityhub.dispatch.DispatchVariables.*;

import org.communityhub.platform.VariableValues;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordManualAllocation: the coordinator either re-runs matching, names a volunteer (by
 * email) they reached themselves, or gives the task to an organisation (by name). An unknown
 * volunteer, or an organisation that cannot take it, keeps 'Allocate manually' open.
 */
@Component
public class RecordManualAllocationDelegate implements JavaDelegate {

  private final AssignmentService assignments;
  private final DispatchTaskService tasks;

  RecordManualAllocationDelegate(AssignmentService assignments, DispatchTaskService tasks) {
    this.assignments = assignments;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long taskId = VariableValues.id(execution, TASK_ID);
    String allocation = VariableValues.text(execution, ALLOCATION);
    if ("RERUN_MATCHING".equals(allocation)) {
      tasks.rerunMatching(taskId);
    } else if ("ASSIGN_VOLUNTEER".equals(allocation)) {
      String email = VariableValues.text(execution, VOLUNTEER_EMAIL);
      if (email == null) {
        throw new DispatchValidationException(VOLUNTEER_EMAIL, "enter the email of the volunteer who will help");
      }
      assignments.assignManually(taskId, email);
    } else if ("ASSIGN_ORGANISATION".equals(allocation)) {
      String organisation = VariableValues.text(execution, ORGANISATION_NAME);
      if (organisation == null) {
        throw new DispatchValidationException(ORGANISATION_NAME, "enter the name of the organisation that will help");
      }
      String coordinator = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
          ? null : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
      assignments.assignOrganisation(taskId, organisation, coordinator);
    } else {
      throw new DispatchValidationException(ALLOCATION, "choose to re-run matching, or to assign a volunteer or an organisation");
    }
  }
}
