package org.communityhub.desk;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Duty managers' "overdue now" page (StaffWebSecurityConfig lets only duty managers and admins in). */
@Controller
class OverdueController {

  private final OverdueWork overdueWork;
  private final Clock clock;

  OverdueController(OverdueWork overdueWork, Clock clock) {
    this.overdueWork = overdueWork;
    this.clock = clock;
  }

  @GetMapping("/staff/overdue")
  String overdue(Model model) {
    model.addAttribute("overdue", overdueWork.at(clock.instant()));
    return "staff/overdue";
  }
}
