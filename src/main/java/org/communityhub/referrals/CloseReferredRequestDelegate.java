package org.communityhub.referrals;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityhub.intake.IntakeService;
import org.springframework.stereotype.Component;

/** Task_CloseRequest: the partner closed the referral, or staff arranged other support. */
@Component
public class CloseReferredRequestDelegate implements JavaDelegate {

  private final IntakeService intake;

  CloseReferredRequestDelegate(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    intake.closeRequest(((Number) execution.getVariable("requestId")).longValue());
  }
}
