package org.communityhub.organisations;

/** Only an APPROVED organisation is given requests. One that offered help itself waits for a coordinator. */
public enum OrganisationStatus {
  AWAITING_APPROVAL,
  APPROVED,
  DECLINED
}
