package org.communityhub.referrals;

/** Process variables and messages of partner-referral.bpmn that Java reads or sets: ids and routing facts only. */
public final class ReferralVariables {

  public static final String PROCESS_KEY = "partner-referral";
  public static final String REQUEST_ID = "requestId";
  /** HR-2026-000001: typed by staff starting 'Refer to partner' in Tasklist, or set from the request. */
  public static final String REFERENCE = "reference";
  public static final String REFERRAL_ID = "referralId";
  public static final String PARTNER_TYPE = "partnerType";
  public static final String PARTNER_NAME = "partnerName";
  public static final String PRIORITY = "priority";
  public static final String SAFEGUARDING = "safeguarding";
  /** Why staff refer (the 'Refer to partner' form), else intake's eligibility reason. */
  public static final String REFERRAL_REASON = "referralReason";
  public static final String ELIGIBILITY_REASON = "eligibilityReason";
  public static final String PARTNER_FOUND = "partnerFound";
  public static final String READY_TO_SEND = "readyToSend";
  /** 'Obtain consent': true when the resident agreed to sharing. */
  public static final String CONSENT_OBTAINED = "consentObtained";
  /** ISO-8601 duration the partner has to acknowledge, for the SLA timers (e.g. PT24H). */
  public static final String ACK_SLA = "ackSla";
  /** The text a partner sent with its answer (decline reason, outcome). */
  public static final String PARTNER_ANSWER = "partnerAnswer";

  private ReferralVariables() {}
}
