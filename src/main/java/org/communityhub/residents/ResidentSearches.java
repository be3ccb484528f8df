package org.communityhub.residents;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Staff's search for a resident as a query on the normalised keys the duplicate rules use. */
final class ResidentSearches {

  private ResidentSearches() {}

  static Specification<Resident> matching(ResidentSearch search) {
    return (resident, query, where) -> {
      List<Predicate> all = new ArrayList<>();
      all.add(where.notLike(resident.get("nameKey"), "erased-%"));
      if (!search.noName()) {
        // simplified to letters, digits and single spaces: no wildcard can come from the input
        all.add(where.like(resident.get("nameKey"), "%" + ResidentKeys.name(search.name(), "").trim() + "%"));
      }
      if (search.dateOfBirth() != null) {
        all.add(where.equal(resident.get("dateOfBirth"), search.dateOfBirth()));
      }
      if (!ResidentSearch.blank(search.phone())) {
        all.add(where.equal(resident.get("phone"), ResidentKeys.phone(search.phone())));
      }
      if (!ResidentSearch.blank(search.email())) {
        all.add(where.equal(resident.get("email"), ResidentKeys.email(search.email())));
      }
      if (!ResidentSearch.blank(search.postcode())) {
        String postcode = search.postcode().replaceAll("\\s", "").toUpperCase(Locale.UK).replaceAll("[^A-Z0-9]", "");
        all.add(where.like(resident.get("addressKey"), postcode + "|%"));
      }
      return where.and(all.toArray(Predicate[]::new));
    };
  }
}
