package org.communityhub.residents;

import java.time.LocalDate;

/**
 * What staff know about a resident they are looking for; blank fields are not searched on.
 * Case, spaces and punctuation do not matter (see {@link ResidentKeys}).
 */
public record ResidentSearch(String name, LocalDate dateOfBirth, String phone, String email, String postcode) {

  /** Nothing to search on: a "name" with nothing left once simplified (such as "%") counts as no name. */
  public boolean isEmpty() {
    return noName() && dateOfBirth == null && blank(phone) && blank(email) && blank(postcode);
  }

  boolean noName() {
    return blank(name) || ResidentKeys.name(name, "").isBlank();
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
