package org.communityhub.residents;

import java.text.Normalizer;
import java.util.Locale;

/** Normalised forms used to recognise the same person across calls and channels. */
final class ResidentKeys {

  private ResidentKeys() {}

  /** "  Mary-Ann  O'Neil " → "maryann oneil": case, accents and punctuation do not tell people apart. */
  static String name(String firstName, String lastName) {
    return simplify(firstName) + " " + simplify(lastName);
  }

  /** Postcode without spaces plus the first address line's letters and digits. */
  static String address(String postcode, String addressLine1) {
    return postcode.replace(" ", "") + "|" + simplify(addressLine1).replace(" ", "");
  }

  /** "+44 (0)1744 123 456" and "01744 123456" → "01744123456". */
  static String phone(String phone) {
    String digits = phone.replaceAll("\\(0\\)", "").replaceAll("[^0-9+]", "");
    if (digits.startsWith("+44")) {
      digits = "0" + digits.substring(3);
    }
    return digits;
  }

  static String email(String email) {
    return email.trim().toLowerCase(Locale.UK);
  }

  private static String simplify(String text) {
    String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return withoutAccents.toLowerCase(Locale.UK).replaceAll("[^a-z0-9 ]", "").trim().replaceAll("\\s+", " ");
  }
}
