package org.communityhub.offerhelp;

import java.util.List;

/** A business's or organisation's offer of help as typed on /offer-help/organisation: raw values. */
public record OrganisationOffer(String name, String kind, String contactName, String contactPhone, String contactEmail,
    List<String> offers, String offerDescription, String capacity, List<String> districts, String website) {

  static OrganisationOffer empty() {
    return new OrganisationOffer("", "", "", "", "", List.of(), "", "", List.of(), "");
  }

  /** The capacity as a whole number, or null when it is not one (the service names the field). */
  Integer capacityNumber() {
    String value = capacity == null ? "" : capacity.strip();
    return value.matches("^[0-9]{1,6}$") ? Integer.valueOf(value) : null;
  }
}
