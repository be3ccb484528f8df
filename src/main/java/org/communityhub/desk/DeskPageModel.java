package org.communityhub.desk;

import java.util.Arrays;
import org.communityhub.security.StaffAuthorities;
import org.communityhub.security.StaffGroups;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in and what they may do, for the layout's navigation and the home page. */
// Spring Boot's error controller too: a refusal page still shows who is signed in and the way back. The
// reports' pages (package reports) share the desk's layout, so they get the same.
@ControllerAdvice(basePackages = {"org.communityhub.desk", "org.communityhub.reports"},
    assignableTypes = ErrorController.class)
class DeskPageModel {

  /** What the signed-in user may do on the desk; the security configuration enforces the same rules. */
  record Roles(boolean casework, boolean dataProtection, boolean processOwner, boolean dutyManager, boolean admin,
      boolean recordRequests, boolean notesAndContact, boolean referAndWithdraw, boolean coordinator) {

    static Roles of(Authentication user) {
      if (user == null) {
        return new Roles(false, false, false, false, false, false, false, false, false);
      }
      return new Roles(any(user, StaffAuthorities.CASEWORK), any(user, StaffGroups.DATA_PROTECTION),
          any(user, StaffGroups.PROCESS_OWNERS), any(user, StaffGroups.DUTY_MANAGERS),
          has(user, StaffAuthorities.ADMIN_AUTHORITY), any(user, StaffAuthorities.RECORD_REQUESTS),
          any(user, StaffAuthorities.NOTES_AND_CONTACT), any(user, StaffAuthorities.REFER_AND_WITHDRAW),
          any(user, StaffGroups.VOLUNTEER_COORDINATORS));
    }

    private static boolean any(Authentication user, StaffGroups... groups) {
      return Arrays.stream(StaffAuthorities.membersOf(groups)).anyMatch(authority -> has(user, authority));
    }

    private static boolean has(Authentication user, String authority) {
      return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
  }

  @ModelAttribute("roles")
  Roles roles(Authentication user) {
    return Roles.of(user);
  }

  @ModelAttribute("signedInAs")
  String signedInAs(Authentication user) {
    return user == null ? null : user.getName();
  }
}
