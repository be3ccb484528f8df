package org.communityhub.volunteers;

/** What a volunteer can do; a volunteer task requires one or more of these. */
public enum Skill {
  SHOPPING("Shopping"),
  PRESCRIPTION_COLLECTION("Collecting prescriptions"),
  BEFRIENDING("Befriending"),
  DRIVING("Driving"),
  DOG_WALKING("Dog walking"),
  DIGITAL_HELP("Digital help"),
  LANGUAGES("Languages");

  private final String words;

  Skill(String words) {
    this.words = words;
  }

  /** "Collecting prescriptions": the skill as staff read it on forms. */
  public String words() {
    return words;
  }
}
