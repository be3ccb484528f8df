package org.communityhub.desk;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communityhub.rules.DeploymentRefusedException;
import org.communityhub.rules.RulePreview;
import org.communityhub.rules.RulePreviewService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff desk's page for process owners: upload a changed decision, see what it would have
 * decided for past requests beside what was decided, then deploy it or throw it away. The
 * uploaded file waits in the signed-in session between the preview and the decision.
 */
@Controller
class RulesPreviewController {

  /** The decisions a process owner may preview, by key, with the name the page shows. */
  static final Map<String, String> DECISIONS = Map.of("eligibility", "Eligibility for help");
  private static final Map<String, Duration> PERIODS = Map.of("30", Duration.ofDays(30), "90", Duration.ofDays(90),
      "365", Duration.ofDays(365));
  private static final String WAITING = "rulePreview.";

  private final RulePreviewService previews;

  RulesPreviewController(RulePreviewService previews) {
    this.previews = previews;
  }

  /** What waits in the session between preview and deployment. */
  record WaitingFile(String fileName, byte[] content) implements java.io.Serializable {}

  @GetMapping("/staff/rules/{decisionKey}")
  String form(@PathVariable String decisionKey, Model model, HttpServletResponse response) {
    if (!DECISIONS.containsKey(decisionKey)) {
      response.setStatus(404);
      return "error/404";
    }
    return page(model, decisionKey, "90", List.of());
  }

  @PostMapping("/staff/rules/{decisionKey}/preview")
  String preview(@PathVariable String decisionKey, @RequestParam(required = false) MultipartFile file,
      @RequestParam(defaultValue = "90") String period, Model model, HttpSession session,
      HttpServletResponse response) throws IOException {
    if (!DECISIONS.containsKey(decisionKey)) {
      response.setStatus(404);
      return "error/404";
    }
    List<FormError> errors = new ArrayList<>();
    if (file == null || file.isEmpty()) {
      errors.add(new FormError("file", "Choose the changed decision file (.dmn) saved from Camunda Modeler"));
    } else if (file.getOriginalFilename() == null || !file.getOriginalFilename().toLowerCase().endsWith(".dmn")) {
      errors.add(new FormError("file", "The file must be a decision saved from Camunda Modeler, ending in .dmn"));
    }
    if (!PERIODS.containsKey(period)) {
      errors.add(new FormError("period-30", "Choose the requests to compare with"));
    }
    if (!errors.isEmpty()) {
      response.setStatus(400);
      return page(model, decisionKey, period, errors);
    }
    byte[] content = file.getBytes();
    Instant to = Instant.now();
    try {
      RulePreview preview = previews.preview(decisionKey, file.getOriginalFilename(), content,
          to.minus(PERIODS.get(period)), to);
      session.setAttribute(WAITING + decisionKey, new WaitingFile(file.getOriginalFilename(), content));
      model.addAttribute("view", RulePreviewView.of(preview));
      model.addAttribute("decisionKey", decisionKey);
      model.addAttribute("decisionName", DECISIONS.get(decisionKey));
      model.addAttribute("fileName", file.getOriginalFilename());
      return "staff/rule-preview";
    } catch (DeploymentRefusedException refused) {
      response.setStatus(400);
      model.addAttribute("problems", refused.problems());
      return page(model, decisionKey, period, List.of(new FormError("file",
          "This version cannot be used: " + refused.problems().size() + " problem"
              + (refused.problems().size() == 1 ? "" : "s") + " listed below")));
    }
  }

  @PostMapping("/staff/rules/{decisionKey}/deploy")
  String deploy(@PathVariable String decisionKey, HttpSession session, Authentication user, Model model,
      RedirectAttributes flash, HttpServletResponse response) {
    WaitingFile waiting = (WaitingFile) session.getAttribute(WAITING + decisionKey);
    if (waiting == null) {
      flash.addFlashAttribute("notice", "There was no previewed version waiting to be deployed. Upload it again.");
      return "redirect:/staff/rules/" + decisionKey;
    }
    try {
      var deployment = previews.deploy(decisionKey, waiting.fileName(), waiting.content(), user.getName());
      session.removeAttribute(WAITING + decisionKey);
      boolean changed = !deployment.getDeployedDecisionDefinitions().isEmpty();
      flash.addFlashAttribute("deployed", changed
          ? "The new version of " + DECISIONS.get(decisionKey) + " is live (version "
              + deployment.getDeployedDecisionDefinitions().get(0).getVersion() + "). New requests use it from now on."
          : "This version is the same as the live one, so nothing was deployed.");
      return "redirect:/staff/rules/" + decisionKey;
    } catch (DeploymentRefusedException refused) {
      response.setStatus(400);
      model.addAttribute("problems", refused.problems());
      return page(model, decisionKey, "90", List.of(new FormError("file", "This version cannot be deployed")));
    }
  }

  @PostMapping("/staff/rules/{decisionKey}/discard")
  String discard(@PathVariable String decisionKey, HttpSession session, RedirectAttributes flash) {
    session.removeAttribute(WAITING + decisionKey);
    flash.addFlashAttribute("notice", "The uploaded version was thrown away. The live version is unchanged.");
    return "redirect:/staff/rules/" + decisionKey;
  }

  private static String page(Model model, String decisionKey, String period, List<FormError> errors) {
    model.addAttribute("decisionKey", decisionKey);
    model.addAttribute("decisionName", DECISIONS.get(decisionKey));
    model.addAttribute("period", period);
    model.addAttribute("errors", errors);
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "staff/rules";
  }
}
