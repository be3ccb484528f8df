package org.communityhub.desk;

import java.time.Clock;
import org.communityhub.webhooks.WebhookService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Duty managers' "overdue now" page (StaffWebSecurityConfig lets only duty managers and admins in). */
@Controller
class OverdueController {

  private final OverdueWork overdueWork;
  private final WebhookService webhooks;
  private final Clock clock;

  OverdueController(OverdueWork overdueWork, WebhookService webhooks, Clock clock) {
    this.overdueWork = overdueWork;
    this.webhooks = webhooks;
    this.clock = clock;
  }

  @GetMapping("/staff/overdue")
  String overdue(Model model) {
    model.addAttribute("overdue", overdueWork.at(clock.instant()));
    // Partners' webhooks that stopped working: their events wait until an administrator switches them back on.
    model.addAttribute("failingWebhooks", webhooks.failing());
    return "staff/overdue";
  }
}
