package org.communityhub.dispatch;

import static org.communityhub.dispatch.DispatchVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityhub.volunteers.VolunteerService;
import org.springframework.stereotype.Component;

/**
 * Task_RecordManualAllocation: the coordinator either re-runs matching or names a volunteer
 * (by email) they reached themselves. An unknown volunteer keeps 'Allocate manually' open.
 */
@Component
public class RecordManualAllocationDelegate implements JavaDelegate {

  private final DispatchService dispatch;
  private final VolunteerService volunteers;

  RecordManualAllocationDelegate(DispatchService dispatch, VolunteerService volunteers) {
    this.dispatch = dispatch;
    this.volunteers = volunteers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long taskId = Variables.id(execution, TASK_ID);
    String allocation = Variables.text(execution, ALLOCATION);
    if ("RERUN_MATCHING".equals(allocation)) {
      dispatch.rerunMatching(taskId);
    } else if ("ASSIGN_VOLUNTEER".equals(allocation)) {
      String email = Variables.text(execution, VOLUNTEER_EMAIL);
      if (email == null) {
        throw new DispatchValidationException(VOLUNTEER_EMAIL, "enter the email of the volunteer who will help");
      }
      long volunteerId = volunteers.findActiveByEmail(email).orElseThrow(() ->
          new DispatchValidationException(VOLUNTEER_EMAIL, "no active volunteer has this email"));
      dispatch.assignManually(taskId, volunteerId);
    } else {
      throw new DispatchValidationException(ALLOCATION, "choose to re-run matching or to assign a volunteer");
    }
  }
}
