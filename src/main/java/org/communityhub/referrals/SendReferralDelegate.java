package org.communityhub.referrals;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityhub.platform.VariableValues;
import org.springframework.stereotype.Component;

/** Task_SendReferral: discloses the allowed fields to the partner and starts its SLA clock. */
@Component
public class SendReferralDelegate implements JavaDelegate {

  private final ReferralService referrals;

  SendReferralDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // ISO-8601 duration for the acknowledgement timers, e.g. PT24H
    execution.setVariable(ReferralVariables.ACK_SLA,
        referrals.send(VariableValues.id(execution, ReferralVariables.REFERRAL_ID)).toString());
  }
}
