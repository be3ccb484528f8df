package org.communityhub.referrals;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.FieldError;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.IntakeValidationException;
import org.springframework.stereotype.Component;

/**
 * Task_OpenReferral: opens the referral to the borough's partner of the requested type. Started
 * by intake (requestId), by a safeguarding concern, or by staff in Tasklist ('Refer to partner'
 * with a request reference), so it accepts either and checks what staff typed.
 */
@Component
public class OpenReferralDelegate implements JavaDelegate {

  private final ReferralService referrals;
  private final IntakeService intake;

  OpenReferralDelegate(ReferralService referrals, IntakeService intake) {
    this.referrals = referrals;
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HelpRequest request = request(execution);
    PartnerType partnerType = partnerType(execution);
    Priority priority = execution.getVariable("priority") != null
        ? Priority.valueOf(execution.getVariable("priority").toString())
        : request.getPriority() != null ? request.getPriority() : Priority.P2;
    boolean safeguarding = Boolean.TRUE.equals(execution.getVariable("safeguarding"));
    Object reason = execution.getVariable("referralReason") != null ? execution.getVariable("referralReason")
        : execution.getVariable("eligibilityReason");

    ReferralOpening opening = referrals.open(request.getId(), partnerType, priority, safeguarding,
        reason == null ? null : reason.toString());

    execution.setProcessBusinessKey(request.getReference());
    execution.setVariable("requestId", request.getId());
    execution.setVariable("reference", request.getReference());
    execution.setVariable("partnerName", opening.partnerName());
    execution.setVariable("priority", priority.name());
    execution.setVariable("safeguarding", safeguarding);
    execution.setVariable("referralId", opening.referralId());
    execution.setVariable("partnerFound", opening.partnerFound());
    execution.setVariable("readyToSend", opening.readyToSend());
  }

  private HelpRequest request(DelegateExecution execution) {
    Object requestId = execution.getVariable("requestId");
    if (requestId != null) {
      return intake.find(((Number) requestId).longValue()).orElseThrow();
    }
    String reference = String.valueOf(execution.getVariable("reference")).trim().toUpperCase(Locale.UK);
    return intake.findByReference(reference).filter(HelpRequest::isOpen)
        .orElseThrow(() -> new IntakeValidationException(List.of(
            new FieldError("reference", "no open request has this reference"))));
  }

  private static PartnerType partnerType(DelegateExecution execution) {
    try {
      return PartnerType.valueOf(String.valueOf(execution.getVariable("partnerType")));
    } catch (IllegalArgumentException e) {
      throw new IntakeValidationException(List.of(new FieldError("partnerType", "choose the kind of partner")));
    }
  }
}
