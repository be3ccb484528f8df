package org.communityhub.dispatch;

import static org.communityhub.dispatch.DispatchVariables.*;

import org.communityhub.platform.VariableValues;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_WidenSearchArea: no one left here, so look one step further out. */
@Component
public class WidenSearchAreaDelegate implements JavaDelegate {

  private final DispatchTaskService tasks;

  WidenSearchAreaDelegate(DispatchTaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(SEARCH_SCOPE, tasks.widenSearch(VariableValues.id(execution, TASK_ID)).name());
  }
}
