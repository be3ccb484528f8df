package org.communityhub.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data-protection officer's view of the access log: who opened a resident's details, or whose
 * details a staff member opened. It names residents by their record number only.
 */
@Controller
class AccessLogController {

  private final AccessLog accessLog;

  AccessLogController(AccessLog accessLog) {
    this.accessLog = accessLog;
  }

  @GetMapping("/staff/access-log")
  String list(@RequestParam(required = false) String resident, @RequestParam(required = false) String staff,
      Model model, HttpServletResponse response) {
    model.addAttribute("resident", resident);
    model.addAttribute("staff", staff);
    model.addAttribute("entries", null);
    model.addAttribute("errors", List.of());
    if (resident != null) {
      Optional<Long> residentId = ResidentsController.parse(resident);
      if (residentId.isEmpty()) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", List.of(new FormError("resident",
            "Enter the resident's record number, like 1051, as shown on their page")));
        return "staff/access-log";
      }
      model.addAttribute("heading", "Who opened the details of resident " + residentId.get());
      model.addAttribute("entries", accessLog.forResident(residentId.get()));
    } else if (staff != null) {
      if (staff.isBlank()) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", List.of(new FormError("staff", "Enter the staff member's user name")));
        return "staff/access-log";
      }
      model.addAttribute("heading", "Whose details " + staff.trim() + " opened");
      model.addAttribute("entries", accessLog.byStaffMember(staff.trim()));
    }
    model.addAttribute("limit", AccessLog.LIST_LIMIT);
    return "staff/access-log";
  }
}
