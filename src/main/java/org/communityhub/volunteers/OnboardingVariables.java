package org.communityhub.volunteers;

/** Process variables of volunteer-onboarding and volunteer-dbs-reminders: ids and routing facts only. */
public final class OnboardingVariables {

  public static final String ONBOARDING_KEY = "volunteer-onboarding";
  public static final String REMINDERS_KEY = "volunteer-dbs-reminders";
  /** volunteer-dbs-requirement.dmn: the one rule for the DBS check roles need (onboarding and dispatch). */
  public static final String DBS_DECISION_KEY = "volunteer-dbs-requirement";
  public static final String VOLUNTEER_ID = "volunteerId";
  /** V-000042: what a coordinator looks the volunteer up by (GET /api/staff/volunteers/42). */
  public static final String VOLUNTEER_REFERENCE = "volunteerReference";
  /** The chosen roles, comma-separated skills: the DBS rule's input. */
  public static final String SKILLS = "skills";
  /** NONE, BASIC or ENHANCED: volunteer-dbs-requirement.dmn's answer. */
  public static final String DBS_REQUIRED = "dbsRequired";
  /** VERIFIED or NOT_VERIFIED from the 'Verify identity' form; identityVerified is the routing fact. */
  public static final String IDENTITY_CHECK = "identityCheck";
  public static final String IDENTITY_VERIFIED = "identityVerified";
  /** CLEAR or REFUSED, with dbsLevel and dbsIssuedOn (DD/MM/YYYY) from the 'Record DBS check' form. */
  public static final String DBS_OUTCOME = "dbsOutcome";
  public static final String DBS_LEVEL = "dbsLevel";
  public static final String DBS_ISSUED_ON = "dbsIssuedOn";
  public static final String DBS_CLEARED = "dbsCleared";
  public static final String ACTIVATED = "activated";
  public static final String DBS_HELD = "dbsHeld";
  /** When the next reminder is due, and which it is: 60, 30, 7 days before expiry, or 0 = expired. */
  public static final String NEXT_REMINDER_AT = "nextReminderAt";
  public static final String REMINDER_DAYS = "reminderDays";

  public static final String MESSAGE_VOLUNTEER_LEFT = "VolunteerLeft";
  public static final String MESSAGE_DBS_REPLACED = "DbsCheckReplaced";

  private OnboardingVariables() {}

  public static String businessKey(long volunteerId) {
    return "volunteer-" + volunteerId;
  }

  public static String reference(long volunteerId) {
    return "V-%06d".formatted(volunteerId);
  }
}
