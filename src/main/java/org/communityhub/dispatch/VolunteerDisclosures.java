package org.communityhub.dispatch;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.communityhub.intake.IntakeService;
import org.communityhub.residents.ResidentDetails;
import org.communityhub.residents.ResidentService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Shows a resident's details to the volunteer who accepted, and records each showing (DESIGN 4). */
@Component
class VolunteerDisclosures {

  static final String FIELDS = "firstName,addressLine1,addressLine2,town,postcode,phone,notes";

  private final ResidentService residents;
  private final IntakeService intake;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final String lawfulBasis;

  VolunteerDisclosures(ResidentService residents, IntakeService intake, JdbcTemplate jdbc, Clock clock,
      @Value("${hub.volunteer-page.lawful-basis}") String lawfulBasis) {
    this.residents = residents;
    this.intake = intake;
    this.jdbc = jdbc;
    this.clock = clock;
    this.lawfulBasis = lawfulBasis;
  }

  /** What the volunteer sees: first name only, where to go, how to call, the caller's notes. */
  record Shown(String firstName, String address, String phone, String notes) {}

  @Transactional
  Shown showResidentTo(DispatchService.OfferRow offer) {
    ResidentDetails resident = residents.find(offer.residentId()).orElseThrow();
    String notes = intake.find(offer.requestId()).orElseThrow().getNotes();
    jdbc.update("""
        insert into volunteer_disclosure (resident_id, request_id, disclosed_to, fields, purpose, lawful_basis, disclosed_at)
        values (?, ?, ?, ?, ?, ?, ?)""", offer.residentId(), offer.requestId(), "volunteer:" + offer.volunteerId(),
        FIELDS, "Volunteer visit: " + offer.needSummary(), lawfulBasis, clock.instant().atOffset(ZoneOffset.UTC));
    String address = Stream.of(resident.addressLine1(), resident.addressLine2(), resident.town(), resident.postcode())
        .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    return new Shown(resident.firstName(), address, resident.phone(), notes);
  }
}
