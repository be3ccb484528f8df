package org.communityhub.referrals;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityhub.platform.VariableValues;
import org.springframework.stereotype.Component;

/** Task_NotifyEscalationContact: the partner missed its acknowledgement SLA. */
@Component
public class NotifyEscalationContactDelegate implements JavaDelegate {

  private final ReferralService referrals;

  NotifyEscalationContactDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.escalate(VariableValues.id(execution, ReferralVariables.REFERRAL_ID));
  }
}
