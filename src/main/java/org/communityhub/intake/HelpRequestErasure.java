package org.communityhub.intake;

import org.communityhub.residents.ResidentErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Erasure of a resident: the free text of their help requests goes (the requests stay). */
@Component
class HelpRequestErasure {

  private final IntakeService intake;

  HelpRequestErasure(IntakeService intake) {
    this.intake = intake;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(ResidentErased erased) {
    intake.eraseRequestsOf(erased.residentId());
  }
}
