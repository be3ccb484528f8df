package org.communityhub.intake;

import org.communityhub.residents.ResidentErased;
import org.communityhub.rules.DecisionRecordService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure of a resident: the free text of their help requests goes (the requests stay), and so
 * do the routing facts the rules feature recorded for their decisions.
 */
@Component
class HelpRequestErasure {

  private final IntakeService intake;
  private final DecisionRecordService decisionRecords;

  HelpRequestErasure(IntakeService intake, DecisionRecordService decisionRecords) {
    this.intake = intake;
    this.decisionRecords = decisionRecords;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(ResidentErased erased) {
    intake.eraseRequestsOf(erased.residentId());
    decisionRecords.eraseForRequests(intake.requestsOf(erased.residentId()).stream().map(HelpRequest::getId).toList());
  }
}
