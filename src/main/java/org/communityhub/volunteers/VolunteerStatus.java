package org.communityhub.volunteers;

/** Only ACTIVE volunteers are offered work. */
public enum VolunteerStatus {
  APPLIED,
  ACTIVE,
  PAUSED,
  LEFT,
  /** Onboarding ended without activation: identity not verified or DBS check refused. */
  REFUSED
}
