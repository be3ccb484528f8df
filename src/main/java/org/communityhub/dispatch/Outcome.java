package org.communityhub.dispatch;

/** What the volunteer (or the coordinator who chased them) reports after a visit. */
public enum Outcome {
  DONE("Done: the resident got the help"),
  NOT_HOME("The resident was not at home"),
  CONCERN("I am worried about the resident");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
