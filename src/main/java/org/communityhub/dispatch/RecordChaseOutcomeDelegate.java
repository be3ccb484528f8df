package org.communityhub.dispatch;

import static org.communityhub.dispatch.DispatchVariables.*;

import org.communityhub.platform.VariableValues;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordChaseOutcome: what the coordinator learned when chasing the volunteer. NOT_YET
 * goes back to waiting; an outcome is recorded as if the volunteer had reported it.
 */
@Component
public class RecordChaseOutcomeDelegate implements JavaDelegate {

  private final OutcomeService outcomes;

  RecordChaseOutcomeDelegate(OutcomeService outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String chased = VariableValues.text(execution, CHASE_OUTCOME);
    if ("NOT_YET".equals(chased)) {
      return;
    }
    Outcome outcome = Arrays.stream(Outcome.values()).filter(o -> o.name().equals(chased)).findFirst()
        .orElseThrow(() -> new DispatchValidationException(CHASE_OUTCOME, "choose what the volunteer said"));
    outcomes.recordOutcome(VariableValues.id(execution, TASK_ID), outcome, "Reported to the coordinator who chased");
    execution.setVariable(OUTCOME, outcome.name());
  }
}
