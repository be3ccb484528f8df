package org.communityhub.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterRequest: for a Tasklist start, stores the resident and the request, makes the
 * reference the business key, and keeps only ids and routing facts as variables. Runs in the start
 * transaction, so a validation error reaches the call handler's form and nothing is stored.
 */
@Component
public class RegisterRequestDelegate implements JavaDelegate {

  private final IntakeService intake;

  RegisterRequestDelegate(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(IntakeVariables.REQUEST_ID) != null) {
      return; // registered by IntakeService.submit before the process started
    }
    IntakeVariables.Read read = IntakeVariables.read(execution.getVariables());
    Registration registration = intake.register(read.command(), read.unreadable());

    execution.setProcessBusinessKey(registration.reference());
    // Keep only the routing facts; the resident's details now live in the hub's tables.
    execution.removeVariables(IntakeVariables.INPUTS);
    execution.setVariables(IntakeVariables.routingFacts(read.command(), registration));
  }
}
