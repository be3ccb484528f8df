package org.communityhub.organisations;

import org.communityhub.residents.ResidentErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Erasure of a resident: what organisations reported about them goes (the allocations stay). */
@Component
class OrganisationReportErasure {

  private final JdbcTemplate jdbc;

  OrganisationReportErasure(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(ResidentErased erased) {
    jdbc.update("update organisation_assignment set outcome_notes = null where resident_id = ?",
        erased.residentId());
  }
}
