package org.communityhub.desk;

/** The desk pages that show a resident's details, as the access log records them. */
public enum DeskPage {
  REQUEST,
  RESIDENT,
  SEARCH_RESULTS,
  /** The call handler's home page: the requests they recorded today. */
  RECORDED_TODAY,
  /** A data-protection officer's list of a resident's disclosures. */
  DISCLOSURES,
  /** A data-protection officer's confirmation page before erasing a resident. */
  ERASURE
}
