package org.communityhub.organisations;

import java.util.List;

/** A recorded organisation with the places it has free now, whether it is approved, and what it said it offers. */
public record Organisation(long id, String name, OrganisationKind kind, String contactName, String contactPhone,
    String contactEmail, List<String> offers, int capacity, int capacityLeft, List<String> districts,
    OrganisationStatus status, String offerDescription) {

  /** An approved organisation, as a coordinator records it. */
  public Organisation(long id, String name, OrganisationKind kind, String contactName, String contactPhone,
      String contactEmail, List<String> offers, int capacity, int capacityLeft, List<String> districts) {
    this(id, name, kind, contactName, contactPhone, contactEmail, offers, capacity, capacityLeft, districts,
        OrganisationStatus.APPROVED, null);
  }

  public boolean approved() {
    return status == OrganisationStatus.APPROVED;
  }
}
