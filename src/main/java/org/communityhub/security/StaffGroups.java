package org.communityhub.security;

/** The Camunda identity groups staff work in; user tasks name them as candidate groups. */
public enum StaffGroups {
  CALL_HANDLERS("call-handlers", "Call handlers"),
  ELIGIBILITY_OFFICERS("eligibility-officers", "Eligibility officers"),
  VOLUNTEER_COORDINATORS("volunteer-coordinators", "Volunteer coordinators"),
  DUTY_MANAGERS("duty-managers", "Duty managers"),
  PROCESS_OWNERS("process-owners", "Process owners"),
  /** May list every disclosure of a resident's data (subject access, audits). */
  DATA_PROTECTION("data-protection-officers", "Data protection officers");

  /** Camunda's own administrators group: it bypasses authorization checks. */
  public static final String ADMINS = "camunda-admin";

  private final String id;
  private final String displayName;

  StaffGroups(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }
}
