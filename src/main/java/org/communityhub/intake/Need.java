package org.communityhub.intake;

/** What a resident needs help with. Each has a checkbox on the intake form. */
public enum Need {
  FOOD("needFood", "Food and shopping"),
  PRESCRIPTIONS("needPrescriptions", "Prescriptions and medicines"),
  BEFRIENDING("needBefriending", "Befriending (loneliness)"),
  FINANCIAL_HARDSHIP("needFinancialHardship", "Financial hardship"),
  HOUSING("needHousing", "Housing"),
  MENTAL_HEALTH("needMentalHealth", "Mental health"),
  DIGITAL("needDigital", "Digital help (getting online)"),
  TRANSPORT("needTransport", "Transport to appointments"),
  OTHER("needOther", "Something else (see the notes)");

  private final String formKey;
  private final String words;

  Need(String formKey, String words) {
    this.formKey = formKey;
    this.words = words;
  }

  /** "Prescriptions and medicines": the need as the intake form labels it. */
  public String words() {
    return words;
  }

  /** The boolean form field / process variable for this need. */
  public String formKey() {
    return formKey;
  }
}
