package org.communityhub.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SignpostToDirectory: closes a request the hub will not help with. */
@Component
public class SignpostToDirectoryDelegate implements JavaDelegate {

  private final IntakeService intake;

  SignpostToDirectoryDelegate(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    intake.signpostToDirectory(ProcessVariables.requestId(execution));
  }
}
