package org.communityhub.area;

import java.util.Locale;

/** Parts of a UK postcode that is already known to be valid (outward code: area + district). */
public final class Postcodes {

  private Postcodes() {}

  /** "wa10 1aa" → "WA10 1AA". */
  public static String normalise(String postcode) {
    String compact = postcode.trim().toUpperCase(Locale.UK).replaceAll("\\s+", "");
    return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
  }

  /** "WA10 1AA" → "WA10". */
  public static String district(String postcode) {
    String normalised = normalise(postcode);
    return normalised.substring(0, normalised.indexOf(' '));
  }

  /** "WA10 1AA" → "WA". */
  public static String area(String postcode) {
    return district(postcode).replaceAll("[0-9].*$", "");
  }
}
