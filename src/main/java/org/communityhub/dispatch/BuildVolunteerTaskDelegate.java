package org.communityhub.dispatch;

import static org.communityhub.dispatch.DispatchVariables.*;

import org.communityhub.platform.VariableValues;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_BuildVolunteerTask: turns the request into a volunteer task; sets the timers for its priority. */
@Component
public class BuildVolunteerTaskDelegate implements JavaDelegate {

  private final DispatchTaskService tasks;

  BuildVolunteerTaskDelegate(DispatchTaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DispatchTaskService.BuiltTask task = tasks.buildTask(VariableValues.id(execution, REQUEST_ID));
    execution.setVariable(TASK_ID, task.taskId());
    execution.setVariable(DISTRICT, task.district());
    execution.setVariable(NEED_SUMMARY, task.needSummary());
    execution.setVariable(OFFER_TIMEOUT, task.offerTimeout().toString());
    execution.setVariable(CHASE_AFTER, task.chaseAfter().toString());
  }
}
