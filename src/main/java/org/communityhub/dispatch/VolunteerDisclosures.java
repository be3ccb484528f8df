package org.communityhub.dispatch;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.communityhub.disclosures.DisclosureRecord;
import org.communityhub.disclosures.DisclosureService;
import org.communityhub.intake.IntakeService;
import org.communityhub.residents.ResidentDetails;
import org.communityhub.residents.ResidentService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Shows a resident's details to the volunteer who accepted, and records each showing (docs/architecture.md, "Disclosures"). */
@Component
class VolunteerDisclosures {

  static final String FIELDS = "firstName,addressLine1,addressLine2,town,postcode,phone,notes";

  private final ResidentService residents;
  private final IntakeService intake;
  private final DisclosureService disclosures;
  private final String lawfulBasis;

  VolunteerDisclosures(ResidentService residents, IntakeService intake, DisclosureService disclosures,
      VolunteerPageSettings settings) {
    this.residents = residents;
    this.intake = intake;
    this.disclosures = disclosures;
    this.lawfulBasis = settings.lawfulBasis();
  }

  /** What the volunteer sees: first name only, where to go, how to call, the caller's notes. */
  record Shown(String firstName, String address, String phone, String notes) {}

  @Transactional
  Shown showResidentTo(DispatchRecords.OfferRow offer) {
    ResidentDetails resident = residents.find(offer.residentId()).orElseThrow();
    String notes = intake.find(offer.requestId()).orElseThrow().getNotes();
    String volunteer = "volunteer:" + offer.volunteerId();
    // The one register of disclosures, shared with partner referrals: data-protection officers see both.
    disclosures.record(new DisclosureRecord(offer.residentId(), offer.requestId(),
        DisclosureRecord.RecipientType.VOLUNTEER, volunteer, List.of(FIELDS.split(",")), lawfulBasis,
        "Volunteer visit: " + offer.needSummary(), volunteer));
    String address = Stream.of(resident.addressLine1(), resident.addressLine2(), resident.town(), resident.postcode())
        .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
    return new Shown(resident.firstName(), address, resident.phone(), notes);
  }
}
