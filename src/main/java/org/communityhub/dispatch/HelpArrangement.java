package org.communityhub.dispatch;

/** How far dispatch has got with finding help for a request: what a waiting request waits for. */
public enum HelpArrangement {
  /** No volunteer task yet: the dispatch process has not built one. */
  NOT_STARTED,
  /** An offer is out with a volunteer, not yet answered. */
  OFFER_OUT,
  /** The task is open with no offer out: no volunteer found yet (or waiting on 'Allocate manually'). */
  NO_VOLUNTEER_YET,
  /** A volunteer or an organisation has taken it (or has already reported). */
  ARRANGED
}
