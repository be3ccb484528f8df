package org.communityhub.privacy;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.residents.ResidentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure of one resident: their identity and contact details, the free text written about them
 * (requests' notes, referrals' reasons and partners' answers, volunteers' and organisations'
 * reports), and the variables of every process that handled them. Kept, because the law asks for
 * it: that requests and referrals happened (without the person), the disclosure register, and the
 * erasure itself.
 */
@Service
public class ErasureService {

  private static final Logger log = LoggerFactory.getLogger(ErasureService.class);
  private final ResidentService residents;
  private final IntakeService intake;
  private final HistoryService history;
  private final ErasureEventRepository events;
  private final Clock clock;

  ErasureService(ResidentService residents, IntakeService intake, HistoryService history,
      ErasureEventRepository events, Clock clock) {
    this.residents = residents;
    this.intake = intake;
    this.history = history;
    this.events = events;
    this.clock = clock;
  }

  /** Erases the resident a request is about; refused while any of their requests is open. */
  @Transactional
  public int erase(long residentId, String reason, String requestedBy) {
    List<HelpRequest> requests = intake.requestsOf(residentId);
    requests.stream().filter(HelpRequest::isOpen).findFirst().ifPresent(open -> {
      throw new ResidentHasOpenRequestException(open.getReference());
    });
    // Each feature holding data about the resident erases it on ResidentErased, in this transaction.
    residents.erase(residentId);
    for (HelpRequest request : requests) {
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(request.getReference()).list()) {
        history.deleteHistoricVariableInstancesByProcessInstanceId(instance.getId());
      }
    }
    events.save(new ErasureEvent(residentId, requests.size(), reason, requestedBy, clock.instant()));
    // The reason is free text that may name the person: it is in erasure_event, not the log.
    log.info("Erased resident {} ({} requests)", residentId, requests.size());
    return requests.size();
  }
}
