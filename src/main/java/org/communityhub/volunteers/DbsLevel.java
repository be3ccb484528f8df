package org.communityhub.volunteers;

/** The Disclosure and Barring Service check a volunteer holds, or a task requires. */
public enum DbsLevel {
  NONE,
  BASIC,
  ENHANCED;

  /** An enhanced check also satisfies work that needs a basic one. */
  public boolean satisfies(DbsLevel required) {
    return compareTo(required) >= 0;
  }
}
