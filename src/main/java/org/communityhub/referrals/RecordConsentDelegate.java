package org.communityhub.referrals;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityhub.platform.VariableValues;
import org.communityhub.platform.validation.InvalidInputException;
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
    String answer = VariableValues.text(execution, ReferralVariables.CONSENT_OBTAINED);
    if (!"true".equals(answer) && !"false".equals(answer)) {
      // No answer is not a refusal: the call handler is asked again and the task stays open.
      throw new InvalidInputException(ReferralVariables.CONSENT_OBTAINED,
          "choose whether the resident agrees to their details being shared");
    }
    boolean given = "true".equals(answer);
    referrals.recordConsent(VariableValues.id(execution, ReferralVariables.REFERRAL_ID), given);
    execution.setVariable(ReferralVariables.READY_TO_SEND, given);
  }
}
