package org.communityhub.dispatch;

import org.communityhub.residents.ResidentErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Erasure of a resident: what volunteers wrote about them goes (the visits themselves stay). */
@Component
class AssignmentNotesErasure {

  private final JdbcTemplate jdbc;

  AssignmentNotesErasure(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(ResidentErased erased) {
    jdbc.update("update volunteer_assignment set outcome_notes = null where resident_id = ?", erased.residentId());
  }
}
