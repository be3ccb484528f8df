package org.communityhub.intake;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityhub.eligibility.EligibilityDecision;
import org.communityhub.eligibility.EligibilityOutcome;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.eligibility.Priority;
import org.communityhub.platform.validation.FieldError;
import org.springframework.stereotype.Component;

/** Task_RecordEligibility: stores what eligibility.dmn decided (mapped to variables by the business rule task). */
@Component
public class RecordEligibilityDelegate implements JavaDelegate {

  private final IntakeService intake;

  RecordEligibilityDelegate(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<FieldError> errors = new ArrayList<>();
    EligibilityDecision decision = new EligibilityDecision(
        ProcessVariables.enumValue(execution, IntakeVariables.ELIGIBILITY_OUTCOME, EligibilityOutcome.class, errors),
        ProcessVariables.enumValue(execution, IntakeVariables.PRIORITY, Priority.class, errors),
        ProcessVariables.enumValue(execution, IntakeVariables.PARTNER_TYPE, PartnerType.class, errors),
        ProcessVariables.text(execution, IntakeVariables.ELIGIBILITY_REASON),
        EligibilityDecision.RULES);
    if (!errors.isEmpty() || decision.outcome() == null || decision.priority() == null) {
      // A broken rule table is a technical fault: an incident for the process owner, not a guess.
      throw new IllegalStateException("eligibility.dmn gave an unusable result: " + errors);
    }
    intake.recordEligibility(ProcessVariables.requestId(execution), decision);
  }
}
