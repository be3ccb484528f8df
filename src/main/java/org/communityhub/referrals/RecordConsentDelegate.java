package org.communityhub.referrals;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityhub.platform.VariableValues;
import org.springframework.stereotype.Component;

/** Task_RecordConsent: the call handler's answer from 'Obtain consent'. */
@Component
public class RecordConsentDelegate implements JavaDelegate {

  private final ReferralService referrals;

  RecordConsentDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean given = "true".equals(VariableValues.text(execution, ReferralVariables.CONSENT_OBTAINED));
    referrals.recordConsent(VariableValues.id(execution, ReferralVariables.REFERRAL_ID), given);
    execution.setVariable(ReferralVariables.READY_TO_SEND, given);
  }
}
