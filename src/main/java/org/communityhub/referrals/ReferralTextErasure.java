package org.communityhub.referrals;

import java.util.List;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.residents.ResidentErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure of a resident: the free text of their referrals goes (why they were referred, why the
 * partner declined, the partner's outcome); that the referral happened, to whom and on what
 * lawful basis stays, as the disclosure register does.
 */
@Component
class ReferralTextErasure {

  private final IntakeService intake;
  private final ReferralRepository referrals;

  ReferralTextErasure(IntakeService intake, ReferralRepository referrals) {
    this.intake = intake;
    this.referrals = referrals;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(ResidentErased erased) {
    List<Long> requestIds = intake.requestsOf(erased.residentId()).stream().map(HelpRequest::getId).toList();
    if (!requestIds.isEmpty()) {
      referrals.findByRequestIdIn(requestIds).forEach(Referral::eraseText);
    }
  }
}
