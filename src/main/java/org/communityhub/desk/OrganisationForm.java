package org.communityhub.desk;

import java.util.List;
import java.util.Optional;
import org.communityhub.organisations.NewOrganisation;

/** The "add an organisation" form as typed; the organisations feature checks it. */
public record OrganisationForm(String name, String kind, String contactName, String contactPhone, String contactEmail,
    List<String> offers, String capacity, List<String> districts) {

  static OrganisationForm empty() {
    return new OrganisationForm(null, null, null, null, null, List.of(), null, List.of());
  }

  /** The capacity as a whole number; empty when it is not one (the service then names the field). */
  static Optional<Integer> wholeNumber(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(Integer.parseInt(text.trim()));
    } catch (NumberFormatException notAWholeNumber) {
      return Optional.empty();
    }
  }

  NewOrganisation organisation() {
    return new NewOrganisation(name, kind, contactName, contactPhone, contactEmail, offers == null ? List.of() : offers,
        wholeNumber(capacity).orElse(null), districts == null ? List.of() : districts);
  }

  public boolean has(List<String> values, String value) {
    return values != null && values.contains(value);
  }
}
