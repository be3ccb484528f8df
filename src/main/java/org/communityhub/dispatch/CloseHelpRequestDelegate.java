package org.communityhub.dispatch;

import static org.communityhub.dispatch.DispatchVariables.*;

import org.communityhub.platform.VariableValues;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseRequest: the volunteer's part is over; the help request is closed. */
@Component
public class CloseHelpRequestDelegate implements JavaDelegate {

  private final DispatchService dispatch;

  CloseHelpRequestDelegate(DispatchService dispatch) {
    this.dispatch = dispatch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dispatch.closeRequest(VariableValues.id(execution, REQUEST_ID));
  }
}
