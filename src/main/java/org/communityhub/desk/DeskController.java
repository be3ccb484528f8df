package org.communityhub.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.residents.ResidentDetails;
import org.communityhub.residents.ResidentService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The desk's home page and a request's page, found by its reference. */
@Controller
class DeskController {

  /** The most requests "Requests you recorded today" lists. */
  static final int RECORDED_TODAY_LIMIT = 50;

  /** One row of "Requests you recorded today". */
  record RecordedRequest(String reference, String residentName, String nextStep) {}

  private final IntakeService intake;
  private final ResidentService residents;
  private final RequestPageModel requestPage;
  private final NextStep nextStep;
  private final AccessLog accessLog;

  DeskController(IntakeService intake, ResidentService residents, RequestPageModel requestPage, NextStep nextStep,
      AccessLog accessLog) {
    this.intake = intake;
    this.residents = residents;
    this.requestPage = requestPage;
    this.nextStep = nextStep;
    this.accessLog = accessLog;
  }

  /** The home page; a call handler also sees the requests they recorded today, on the desk or in Tasklist. */
  @GetMapping("/staff")
  String home(Authentication user, Model model) {
    List<RecordedRequest> recorded = List.of();
    if (DeskPageModel.Roles.of(user).recordRequests()) {
      List<HelpRequest> today = intake.recordedTodayBy(user.getName(), RECORDED_TODAY_LIMIT);
      if (!today.isEmpty()) {
        accessLog.recordViews(user.getName(), DeskPage.RECORDED_TODAY,
            today.stream().map(HelpRequest::getResidentId).distinct().toList(), null);
      }
      recorded = today.stream().map(this::recorded).toList();
    }
    model.addAttribute("recordedToday", recorded);
    return "staff/home";
  }

  private RecordedRequest recorded(HelpRequest request) {
    ResidentDetails resident = residents.find(request.getResidentId()).orElseThrow();
    Optional<String> attachedTo = Optional.ofNullable(request.getAttachedToId()).flatMap(intake::find)
        .map(HelpRequest::getReference);
    return new RecordedRequest(request.getReference(), resident.firstName() + " " + resident.lastName(),
        nextStep.of(request, resident, attachedTo, intake.actionsOn(request.getId())));
  }

  /** The "find a request" form: to the request's page, or the form again saying what is wrong. */
  @GetMapping("/staff/requests")
  String find(@RequestParam(defaultValue = "") String reference, Model model, HttpServletResponse response) {
    String normalised = normalise(reference);
    model.addAttribute("reference", reference);
    if (normalised.isEmpty()) {
      return findAgain(model, response, 400, "Enter a request reference, like HR-2026-000123");
    }
    if (!looksLikeReference(normalised)) {
      return findAgain(model, response, 400, "Enter a request reference in the form HR-2026-000123");
    }
    if (intake.findByReference(normalised).isEmpty()) {
      return findAgain(model, response, 404, "There is no request with the reference " + normalised
          + ". Check the reference with the caller.");
    }
    return "redirect:" + UriComponentsBuilder.fromPath("/staff/requests/{reference}").buildAndExpand(normalised)
        .toUriString();
  }

  @GetMapping("/staff/requests/{reference}")
  String request(@PathVariable String reference, Authentication user, Model model, HttpServletResponse response) {
    Optional<HelpRequest> found = intake.findByReference(normalise(reference));
    if (found.isEmpty()) {
      model.addAttribute("reference", reference);
      return findAgain(model, response, 404, "There is no request with the reference " + normalise(reference)
          + ". Check the reference with the caller.");
    }
    requestPage.fill(model, found.get(), user.getName());
    return "staff/request";
  }

  private static String findAgain(Model model, HttpServletResponse response, int status, String message) {
    response.setStatus(status);
    model.addAttribute("errors", List.of(new FormError("reference", message)));
    return "staff/find-request";
  }

  /** The request page's address for this reference. */
  static String pageOf(String reference) {
    return UriComponentsBuilder.fromPath("/staff/requests/{reference}").buildAndExpand(reference).toUriString();
  }

  /** "hr 2026 000123", "HR2026000123" and "HR-2026-000123 " are the same reference. */
  static String normalise(String reference) {
    String typed = reference.replaceAll("\\s+", "").toUpperCase(Locale.UK);
    String bare = typed.replace("-", "");
    if (bare.matches("HR\\d{10}")) {
      return "HR-" + bare.substring(2, 6) + "-" + bare.substring(6);
    }
    return typed;
  }

  /** HR-, four digits, a hyphen, six digits. */
  private static boolean looksLikeReference(String reference) {
    return reference.matches("HR-\\d{4}-\\d{6}");
  }
}
