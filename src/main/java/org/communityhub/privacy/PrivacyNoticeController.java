package org.communityhub.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The privacy notice the public pages' footer links to: what is kept, why, for how long and whom to ask. */
@Controller
@EnableConfigurationProperties({PrivacyNoticeSettings.class, RetentionSettings.class})
class PrivacyNoticeController {

  private final PrivacyNoticeSettings notice;
  private final long keptForDays;

  PrivacyNoticeController(PrivacyNoticeSettings notice, RetentionSettings retention) {
    this.notice = notice;
    this.keptForDays = retention.residentData().toDays();
  }

  @GetMapping("/privacy")
  String notice(Model model) {
    model.addAttribute("notice", notice);
    model.addAttribute("keptFor", keptFor(keptForDays));
    return "privacy/notice";
  }

  /** "2 years" rather than "730 days" where it divides. */
  static String keptFor(long days) {
    if (days >= 365 && days % 365 == 0) {
      return days == 365 ? "1 year" : days / 365 + " years";
    }
    return days == 1 ? "1 day" : days + " days";
  }
}
