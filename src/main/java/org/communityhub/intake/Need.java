package org.communityhub.intake;

/** What a resident needs help with. Each has a checkbox on the intake form. */
public enum Need {
  FOOD("needFood"),
  PRESCRIPTIONS("needPrescriptions"),
  BEFRIENDING("needBefriending"),
  FINANCIAL_HARDSHIP("needFinancialHardship"),
  HOUSING("needHousing"),
  MENTAL_HEALTH("needMentalHealth"),
  DIGITAL("needDigital"),
  TRANSPORT("needTransport"),
  OTHER("needOther");

  private final String formKey;

  Need(String formKey) {
    this.formKey = formKey;
  }

  /** The boolean form field / process variable for this need. */
  public String formKey() {
    return formKey;
  }
}
