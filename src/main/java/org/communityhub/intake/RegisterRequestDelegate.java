package org.communityhub.intake;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterRequest: stores the resident and the request, makes the reference the business
 * key, and keeps only ids and routing facts as variables. Runs in the start transaction, so a
 * validation error reaches the call handler's form and nothing is stored.
 */
@Component
public class RegisterRequestDelegate implements JavaDelegate {

  private final IntakeService intake;

  RegisterRequestDelegate(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IntakeVariables.Read read = IntakeVariables.read(execution.getVariables());
    Registration registration = intake.register(read.command(), read.unreadable());
    IntakeCommand command = read.command();

    execution.setProcessBusinessKey(registration.reference());
    execution.removeVariables(IntakeVariables.PERSONAL_DETAILS);
    execution.setVariable(IntakeVariables.REQUEST_ID, registration.requestId());
    execution.setVariable(IntakeVariables.REFERENCE, registration.reference());
    execution.setVariable(IntakeVariables.ATTACHED, registration.attached());
    execution.setVariable(IntakeVariables.ATTACHED_TO_REFERENCE, registration.attachedToReference());
    execution.setVariable(IntakeVariables.AGE,
        Period.between(command.dateOfBirth(), LocalDate.now(ZoneId.of("Europe/London"))).getYears());
    execution.setVariable(IntakeVariables.NEEDS, IntakeVariables.needsList(command.needs()));
    execution.setVariable(IntakeVariables.URGENCY, command.urgency().name());
    execution.setVariable(IntakeVariables.SUPPORT_NETWORK_AVAILABLE, command.supportNetworkAvailable());
    execution.setVariable(IntakeVariables.SHIELDING, command.shielding());
    execution.setVariable(IntakeVariables.DISABILITY, command.disability());
    execution.setVariable(IntakeVariables.SELF_ISOLATING, command.selfIsolating());
  }
}
