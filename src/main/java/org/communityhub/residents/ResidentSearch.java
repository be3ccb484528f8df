package org.communityhub.residents;

import java.time.LocalDate;

/**
 * What staff know about a resident they are looking for; blank fields are not searched on.
 * Case, spaces and punctuation do not matter (see {@link ResidentKeys}).
 */
public record ResidentSearch(String name, LocalDate dateOfBirth, String phone, String email, String postcode) {

  public boolean isEmpty() {
    return blank(name) && dateOfBirth == null && blank(phone) && blank(email) && blank(postcode);
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
