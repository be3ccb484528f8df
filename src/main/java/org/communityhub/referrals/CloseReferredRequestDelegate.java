package org.communityhub.referrals;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityhub.platform.VariableValues;
import org.springframework.stereotype.Component;

/** Task_CloseRequest: the partner closed the referral, or staff arranged other support. */
@Component
public class CloseReferredRequestDelegate implements JavaDelegate {

  private final ReferralService referrals;

  CloseReferredRequestDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.closeReferredRequest(VariableValues.id(execution, ReferralVariables.REQUEST_ID));
  }
}
