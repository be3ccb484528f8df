package org.communityhub.referrals;

import static org.communityhub.referrals.ReferralVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeValidationException;
import org.communityhub.platform.VariableValues;
import org.communityhub.platform.validation.FieldError;
import org.springframework.stereotype.Component;

/**
 * Task_OpenReferral: opens the referral to the borough's partner of the requested type. Started
 * by intake (requestId), by a safeguarding concern, or by staff in Tasklist ('Refer to partner'
 * with a request reference), so it accepts either and checks what staff typed.
 */
@Component
public class OpenReferralDelegate implements JavaDelegate {

  private final ReferralService referrals;

  OpenReferralDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object requestId = execution.getVariable(REQUEST_ID);
    HelpRequest request = requestId != null ? referrals.requestToRefer(VariableValues.id(execution, REQUEST_ID))
        : referrals.openRequestToRefer(String.valueOf(execution.getVariable(REFERENCE)));
    PartnerType partnerType = partnerType(execution);
    String givenPriority = VariableValues.text(execution, PRIORITY);
    Priority priority = givenPriority != null ? Priority.valueOf(givenPriority)
        : request.getPriority() != null ? request.getPriority() : Priority.P2;
    boolean safeguarding = Boolean.TRUE.equals(execution.getVariable(SAFEGUARDING));
    String reason = VariableValues.text(execution, REFERRAL_REASON) != null
        ? VariableValues.text(execution, REFERRAL_REASON) : VariableValues.text(execution, ELIGIBILITY_REASON);

    ReferralOpening opening = referrals.open(request.getId(), partnerType, priority, safeguarding, reason);

    execution.setProcessBusinessKey(request.getReference());
    execution.setVariable(REQUEST_ID, request.getId());
    execution.setVariable(REFERENCE, request.getReference());
    execution.setVariable(PARTNER_NAME, opening.partnerName());
    execution.setVariable(PRIORITY, priority.name());
    execution.setVariable(SAFEGUARDING, safeguarding);
    execution.setVariable(REFERRAL_ID, opening.referralId());
    execution.setVariable(PARTNER_FOUND, opening.partnerFound());
    execution.setVariable(READY_TO_SEND, opening.readyToSend());
  }

  private static PartnerType partnerType(DelegateExecution execution) {
    try {
      return PartnerType.valueOf(String.valueOf(execution.getVariable(PARTNER_TYPE)));
    } catch (IllegalArgumentException e) {
      throw new IntakeValidationException(List.of(new FieldError(PARTNER_TYPE, "choose the kind of partner")));
    }
  }
}
