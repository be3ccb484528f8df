package org.communityhub.organisations;

/** organisation-approval.bpmn: its key and variables. */
public final class OrganisationApprovalVariables {

  public static final String PROCESS_KEY = "organisation-approval";
  public static final String ORGANISATION_ID = "organisationId";
  /** The coordinator's answer on 'Approve organisation': APPROVED or DECLINED. */
  public static final String APPROVAL = "organisationApproval";
  /** Task-local, for the form: the organisation's name and what it offers, in words. */
  static final String ORGANISATION_NAME = "organisationName";
  static final String OFFERS_IN_WORDS = "offersInWords";

  private OrganisationApprovalVariables() {}

  static String businessKey(long organisationId) {
    return "organisation-" + organisationId;
  }
}
