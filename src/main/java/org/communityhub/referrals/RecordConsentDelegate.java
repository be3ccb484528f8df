package org.communityhub.referrals;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
    boolean given = "true".equals(String.valueOf(execution.getVariable("consentObtained")));
    referrals.recordConsent(((Number) execution.getVariable("referralId")).longValue(), given);
    execution.setVariable("readyToSend", given);
  }
}
