package org.communityhub.intake;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.communityhub.eligibility.EligibilityDecision;
import org.communityhub.eligibility.EligibilityOutcome;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.eligibility.Priority;
import org.communityhub.platform.validation.FieldError;
import org.springframework.stereotype.Component;

/**
 * Task_RecordReviewDecision: stores the eligibility officer's decision from 'Review eligibility'
 * and routes on it. Runs in the officer's completing transaction, so a missing choice keeps the
 * task open with the message on the form.
 */
@Component
public class RecordReviewDecisionDelegate implements JavaDelegate {

  private final IntakeService intake;

  RecordReviewDecisionDelegate(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<FieldError> unreadable = new ArrayList<>();
    EligibilityDecision decision = new EligibilityDecision(
        ProcessVariables.enumValue(execution, "reviewOutcome", EligibilityOutcome.class, unreadable),
        ProcessVariables.enumValue(execution, "reviewPriority", Priority.class, unreadable),
        ProcessVariables.enumValue(execution, "reviewPartnerType", PartnerType.class, unreadable),
        ProcessVariables.text(execution, "reviewReason"),
        reviewer(execution));
    intake.recordReviewDecision(ProcessVariables.requestId(execution), decision, unreadable);

    execution.setVariable(IntakeVariables.ELIGIBILITY_OUTCOME, decision.outcome().name());
    execution.setVariable(IntakeVariables.PRIORITY, decision.priority().name());
    execution.setVariable(IntakeVariables.PARTNER_TYPE,
        decision.outcome() == EligibilityOutcome.REFER ? decision.partnerType().name() : null);
    execution.setVariable(IntakeVariables.ELIGIBILITY_REASON, decision.reason());
  }

  private static String reviewer(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "unknown officer" : authentication.getUserId();
  }
}
