package org.communityhub.dispatch;

/** Process variables of volunteer-dispatch: ids and routing facts only. */
public final class DispatchVariables {

  public static final String PROCESS_KEY = "volunteer-dispatch";
  public static final String REQUEST_ID = "requestId";
  public static final String TASK_ID = "volunteerTaskId";
  public static final String OFFER_ID = "offerId";
  public static final String CANDIDATE_FOUND = "candidateFound";
  public static final String CAN_WIDEN = "canWiden";
  public static final String SEARCH_SCOPE = "searchScope";
  public static final String OFFER_TIMEOUT = "offerTimeout";
  public static final String CHASE_AFTER = "chaseAfter";
  public static final String NEED_SUMMARY = "needSummary";
  public static final String DISTRICT = "district";
  public static final String OUTCOME = "outcome";
  public static final String ALLOCATION = "allocation";
  public static final String VOLUNTEER_EMAIL = "volunteerEmail";
  public static final String CHASE_OUTCOME = "chaseOutcome";
  /** 'Allocate manually': the organisation a coordinator gives the task to, and the ones that could take it. */
  public static final String ORGANISATION_NAME = "organisationName";
  public static final String ORGANISATION_CHOICES = "organisationChoices";
  public static final String OUTCOME_NOTES = "outcomeNotes";

  public static final String MESSAGE_OFFER_ACCEPTED = "OfferAccepted";
  public static final String MESSAGE_OFFER_DECLINED = "OfferDeclined";
  public static final String MESSAGE_OUTCOME_REPORTED = "VolunteerOutcomeReported";

  private DispatchVariables() {}
}
