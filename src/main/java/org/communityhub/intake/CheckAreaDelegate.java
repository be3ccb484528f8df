package org.communityhub.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityhub.area.AreaCheck;
import org.springframework.stereotype.Component;

/** Task_CheckArea: is the resident's postcode in the council area? */
@Component
public class CheckAreaDelegate implements JavaDelegate {

  private final IntakeService intake;

  CheckAreaDelegate(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AreaCheck check = intake.checkArea(ProcessVariables.requestId(execution));
    execution.setVariable(IntakeVariables.IN_AREA, check.inArea());
    execution.setVariable(IntakeVariables.POSTCODE_DISTRICT, check.district());
  }
}
