package org.communityhub.partnerapi;

import java.time.LocalDate;
import java.util.List;

/** POST /api/v1/help-requests: a partner refers a resident to the hub. */
public record HelpRequestSubmission(
    Resident resident,
    List<String> needs,
    String urgency,
    Boolean supportNetworkAvailable,
    Vulnerability vulnerability,
    Consent consent,
    String notes) {

  public record Resident(String firstName, String lastName, LocalDate dateOfBirth, String phone, String email,
      Address address) {}

  public record Address(String line1, String line2, String town, String postcode) {}

  /** Optional: the eligibility rules weigh these; absent means not known to apply. */
  public record Vulnerability(boolean shielding, boolean disability, boolean selfIsolating) {}

  public record Consent(Boolean shareWithPartners, Boolean contactByVolunteers) {}
}
