package org.communityhub.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SignpostToOwnCouncil: closes an out-of-area request, naming the resident's council. */
@Component
public class SignpostOutOfAreaDelegate implements JavaDelegate {

  private final IntakeService intake;

  SignpostOutOfAreaDelegate(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    intake.signpostOutOfArea(ProcessVariables.requestId(execution));
  }
}
