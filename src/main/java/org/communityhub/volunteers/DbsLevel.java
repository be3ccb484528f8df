package org.communityhub.volunteers;

/** The Disclosure and Barring Service check a volunteer holds, or a task requires. */
public enum DbsLevel {
  NONE("None"),
  BASIC("Basic"),
  ENHANCED("Enhanced");

  private final String words;

  DbsLevel(String words) {
    this.words = words;
  }

  /** "Enhanced": the level as staff read it on forms. */
  public String words() {
    return words;
  }

  /** An enhanced check also satisfies work that needs a basic one. */
  public boolean satisfies(DbsLevel required) {
    return compareTo(required) >= 0;
  }
}
