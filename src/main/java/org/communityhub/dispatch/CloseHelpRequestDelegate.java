package org.communityhub.dispatch;

import static org.communityhub.dispatch.DispatchVariables.*;

import org.communityhub.platform.VariableValues;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseRequest: the volunteer's part is over; the help request is closed. */
@Component
public class CloseHelpRequestDelegate implements JavaDelegate {

  private final DispatchTaskService tasks;

  CloseHelpRequestDelegate(DispatchTaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tasks.closeRequest(VariableValues.id(execution, REQUEST_ID));
  }
}
