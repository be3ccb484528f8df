package org.communityhub.dispatch;

import static org.communityhub.dispatch.DispatchVariables.*;

import org.communityhub.platform.VariableValues;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SaveOrganisationOutcome: what the organisation reported, as the coordinator recorded it. */
@Component
public class RecordOrganisationOutcomeDelegate implements JavaDelegate {

  private final OutcomeService outcomes;

  RecordOrganisationOutcomeDelegate(OutcomeService outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String value = VariableValues.text(execution, OUTCOME);
    Outcome outcome = Arrays.stream(Outcome.values()).filter(o -> o.name().equals(value)).findFirst()
        .orElseThrow(() -> new DispatchValidationException(OUTCOME, "choose what happened"));
    outcomes.recordOrganisationOutcome(VariableValues.id(execution, TASK_ID), outcome, VariableValues.text(execution, OUTCOME_NOTES));
    // the notes are about the resident: kept in the hub's table, not as a process variable
    execution.removeVariable(OUTCOME_NOTES);
  }
}
