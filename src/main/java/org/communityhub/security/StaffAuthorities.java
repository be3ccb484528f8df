package org.communityhub.security;

import java.util.Arrays;
import java.util.stream.Stream;

/** Spring Security authorities of the staff groups, for the security chains and the desk's pages alike. */
public final class StaffAuthorities {

  /** The groups who work on residents' requests and so may look them up on the desk. */
  public static final StaffGroups[] CASEWORK = {StaffGroups.CALL_HANDLERS, StaffGroups.ELIGIBILITY_OFFICERS,
      StaffGroups.VOLUNTEER_COORDINATORS, StaffGroups.DUTY_MANAGERS};

  /** Casework on the desk (README "Call handlers"): who records a request for help there. */
  public static final StaffGroups[] RECORD_REQUESTS = {StaffGroups.CALL_HANDLERS};
  /** Who adds notes to a request and updates the resident's contact details: everyone who talks to residents. */
  public static final StaffGroups[] NOTES_AND_CONTACT = {StaffGroups.CALL_HANDLERS,
      StaffGroups.VOLUNTEER_COORDINATORS, StaffGroups.DUTY_MANAGERS};
  /** Who refers a request to a partner, or withdraws or closes it, from the desk. */
  public static final StaffGroups[] REFER_AND_WITHDRAW = {StaffGroups.CALL_HANDLERS, StaffGroups.DUTY_MANAGERS};

  public static final String ADMIN_AUTHORITY = "GROUP_" + StaffGroups.ADMINS;

  private StaffAuthorities() {}

  /** Spring authority for membership of a Camunda group. */
  public static String group(StaffGroups group) {
    return "GROUP_" + group.id();
  }

  /** The authorities of these groups' members, and of administrators. */
  public static String[] membersOf(StaffGroups... groups) {
    return Stream.concat(Arrays.stream(groups).map(StaffAuthorities::group), Stream.of(ADMIN_AUTHORITY))
        .toArray(String[]::new);
  }
}
