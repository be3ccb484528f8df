package org.communityhub.residents;

/**
 * The resident a request belongs to.
 *
 * @param matchedBy how an existing record was recognised, or null for a new resident
 */
public record ResidentMatch(long residentId, MatchRule matchedBy) {

  public enum MatchRule { NAME_AND_DATE_OF_BIRTH, PHONE, EMAIL, NAME_AND_ADDRESS }

  public boolean isExisting() {
    return matchedBy != null;
  }
}
