package org.communityhub.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communityhub.area.AreaService;
import org.communityhub.dispatch.DispatchHistory;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.platform.validation.InvalidInputException;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.Skill;
import org.communityhub.volunteers.VolunteerCsvImport;
import org.communityhub.volunteers.VolunteerDetails;
import org.communityhub.volunteers.VolunteerNotFoundException;
import org.communityhub.volunteers.VolunteerRegister;
import org.communityhub.volunteers.DbsCheckService;
import org.communityhub.volunteers.VolunteerService;
import org.communityhub.volunteers.VolunteerSignUp;
import org.communityhub.volunteers.VolunteerStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Volunteer coordinators' pages: the register with its filters, a volunteer's page and what may
 * be done there (pause, resume, leave, a new DBS check), adding a volunteer, and uploading a
 * sign-up list. What is stored and checked belongs to the volunteers feature; this shows it.
 */
@Controller
@RequestMapping("/staff/volunteers")
class VolunteersDeskController {

  /** A district as the home-district list shows it: "Central St Helens (WA10)". */
  record District(String code, String label) {}

  /** An offer or assignment on a volunteer's page, with the request's reference to open it by. */
  record Work(String requestReference, String needSummary, java.time.Instant at, String status,
      java.time.Instant finishedAt) {}

  private final VolunteerRegister register;
  private final VolunteerService volunteers;
  private final DbsCheckService dbsChecks;
  private final VolunteerSignUp signUp;
  private final VolunteerCsvImport csvImport;
  private final DispatchHistory dispatch;
  private final IntakeService intake;
  private final AreaService area;

  VolunteersDeskController(VolunteerRegister register, VolunteerService volunteers, DbsCheckService dbsChecks,
      VolunteerSignUp signUp, VolunteerCsvImport csvImport, DispatchHistory dispatch, IntakeService intake,
      AreaService area) {
    this.register = register;
    this.volunteers = volunteers;
    this.dbsChecks = dbsChecks;
    this.signUp = signUp;
    this.csvImport = csvImport;
    this.dispatch = dispatch;
    this.intake = intake;
    this.area = area;
  }

  @ModelAttribute("districts")
  List<District> districts() {
    return area.districtCodes().stream().map(code -> new District(code, area.label(code))).toList();
  }

  @ModelAttribute("skills")
  Skill[] skills() {
    return Skill.values();
  }

  @GetMapping
  String register(@ModelAttribute("query") VolunteerRegisterQuery query, Model model, HttpServletResponse response) {
    VolunteerRegisterQuery.Checked checked = query.check(area.districtCodes());
    model.addAttribute("errors", checked.errors());
    model.addAttribute("statuses", VolunteerStatus.values());
    model.addAttribute("dbsStates", VolunteerRegister.DbsState.values());
    if (!checked.errors().isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "staff/volunteers";
    }
    VolunteerRegister.Page page = register.search(checked.filter(), checked.page());
    model.addAttribute("page", page);
    List<String> links = new ArrayList<>();
    for (int number = 1; number <= page.pages(); number++) {
      links.add(query.pageLink(number));
    }
    model.addAttribute("pageLinks", links);
    return "staff/volunteers";
  }

  @GetMapping("/{id}")
  String volunteer(@PathVariable String id, Model model, HttpServletResponse response) {
    Optional<VolunteerDetails> volunteer = volunteerId(id).flatMap(volunteers::details);
    if (volunteer.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "staff/volunteer-not-found";
    }
    return showVolunteer(volunteer.get(), List.of(), null, model);
  }

  @PostMapping("/{id}/pause")
  String pause(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    return act(id, () -> volunteers.pause(id), "paused: they will not be offered work until you resume them", null,
        model, response, redirect);
  }

  @PostMapping("/{id}/resume")
  String resume(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    return act(id, () -> volunteers.resume(id), "active again: they can be offered work", null, model, response,
        redirect);
  }

  @PostMapping("/{id}/leave")
  String leave(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    model.addAttribute("reason", reason);
    return act(id, () -> volunteers.leave(id, reason), "recorded as having left: they will not be offered work or sent"
        + " DBS reminders", "leave", model, response, redirect);
  }

  /** The new DBS check form as typed. */
  record DbsCheckForm(String dbsLevel, String certificateNumber, String dbsIssuedOn) {}

  @PostMapping("/{id}/dbs-checks")
  String newDbsCheck(@PathVariable long id, @ModelAttribute("dbsCheck") DbsCheckForm form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return act(id, () -> dbsChecks.recordNewDbsCheck(id, form.dbsLevel(), form.dbsIssuedOn(), form.certificateNumber()),
        "given a new DBS check", "dbs", model, response, redirect);
  }

  @GetMapping("/new")
  String newVolunteer(Model model) {
    model.addAttribute("form", VolunteerForm.empty());
    model.addAttribute("errors", List.of());
    model.addAttribute("days", java.time.DayOfWeek.values());
    return "staff/volunteer-new";
  }

  @PostMapping("/new")
  String addVolunteer(@ModelAttribute("form") VolunteerForm form, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      long id = signUp.signUp(form.application());
      redirect.addFlashAttribute("banner", form.firstName().strip() + " " + form.lastName().strip()
          + " is added as an applicant. Their 'Verify identity' task is in Tasklist.");
      return "redirect:/staff/volunteers/" + id;
    } catch (InvalidInputException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("errors", formErrors(refused));
      model.addAttribute("days", java.time.DayOfWeek.values());
      return "staff/volunteer-new";
    }
  }

  @GetMapping("/import")
  String importForm(Model model) {
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", List.of());
    }
    return "staff/volunteer-import";
  }

  /** The report goes to the next page (post/redirect/get); importing the same file again adds nobody twice. */
  @PostMapping("/import")
  String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
      HttpServletResponse response, RedirectAttributes redirect) throws IOException {
    if (file == null || file.isEmpty()) {
      return refuseFile(model, response, "Choose a CSV file of sign-ups to upload");
    }
    VolunteerCsvImport.Report report;
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      report = csvImport.importCsv(reader);
    } catch (VolunteerCsvImport.UnreadableFileException refused) {
      return refuseFile(model, response, refusal(refused.getMessage()));
    }
    redirect.addFlashAttribute("report", report);
    redirect.addFlashAttribute("fileName", file.getOriginalFilename());
    return "redirect:/staff/volunteers/import";
  }

  private String refuseFile(Model model, HttpServletResponse response, String message) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("errors", List.of(new FormError("file", message)));
    return "staff/volunteer-import";
  }

  /** The import's whole-file refusals in the desk's words; nothing was imported. */
  private static String refusal(String message) {
    if (message.startsWith("the header row lacks")) {
      return "The file was not imported: " + message + ". Nobody was added.";
    }
    if (message.startsWith("more than")) {
      return "The file was not imported: it has " + message + " into parts. Nobody was added.";
    }
    return "The file was not imported: it could not be read as a CSV file. Save it from your spreadsheet as"
        + " 'CSV UTF-8' and upload it again. Nobody was added.";
  }

  /** Runs an action on a volunteer's page: the page again with a banner, or with the problem beside its field. */
  private String act(long id, Runnable action, String done, String form, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    VolunteerDetails volunteer = volunteers.details(id).orElse(null);
    if (volunteer == null) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "staff/volunteer-not-found";
    }
    try {
      action.run();
    } catch (VolunteerNotFoundException gone) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "staff/volunteer-not-found";
    } catch (InvalidInputException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return showVolunteer(volunteer, formErrors(refused), form, model);
    }
    redirect.addFlashAttribute("banner", volunteer.firstName() + " " + volunteer.lastName() + " is " + done + ".");
    return "redirect:/staff/volunteers/" + id;
  }

  private String showVolunteer(VolunteerDetails volunteer, List<FormError> errors, String openForm, Model model) {
    long id = volunteer.id();
    DispatchHistory.VolunteerWork work = dispatch.forVolunteer(id);
    model.addAttribute("volunteer", volunteer);
    model.addAttribute("errors", errors);
    model.addAttribute("openForm", openForm);
    model.addAttribute("lastDeployedAt", register.lastDeployedAt(id));
    model.addAttribute("leftReason", volunteers.leftReason(id).orElse(null));
    model.addAttribute("certificateNumber", dbsChecks.dbsCertificateNumber(id).orElse(null));
    model.addAttribute("homeDistrictLabel", area.label(volunteer.homeDistrict()));
    var times = volunteers.timesOfDay(id);
    model.addAttribute("timesOfDay", times.isEmpty() ? "Any time"
        : times.stream().map(org.communityhub.volunteers.TimeOfDay::words).collect(java.util.stream.Collectors.joining(", ")));
    model.addAttribute("offers", work.offers().stream().map(offer -> new Work(reference(offer.requestId()),
        offer.needSummary(), offer.offeredAt(), "offerStatus." + offer.status(), offer.answeredAt())).toList());
    model.addAttribute("assignments", work.assignments().stream().map(assignment -> new Work(
        reference(assignment.requestId()), assignment.needSummary(), assignment.assignedAt(),
        assignment.outcome() == null ? null : "outcome." + assignment.outcome(), assignment.reportedAt())).toList());
    model.addAttribute("dbsLevels", List.of(DbsLevel.BASIC, DbsLevel.ENHANCED));
    if (!model.containsAttribute("dbsCheck")) {
      model.addAttribute("dbsCheck", new DbsCheckForm(null, null, null));
    }
    return "staff/volunteer";
  }

  /** "8" or the reference "V-000008" (Tasklist's forms link to a volunteer's page by their reference). */
  static Optional<Long> volunteerId(String id) {
    String bare = id.trim();
    if (bare.regionMatches(true, 0, "V-", 0, 2)) {
      bare = bare.substring(2);
    }
    return ResidentsController.parse(bare);
  }

  private String reference(long requestId) {
    return intake.find(requestId).map(HelpRequest::getReference).orElse(null);
  }

  /** The volunteers feature's problems as the desk shows them: a sentence, the field linked. */
  static List<FormError> formErrors(InvalidInputException refused) {
    List<FormError> errors = new ArrayList<>();
    for (FieldError problem : refused.errors()) {
      // the form offers lists where the staff API takes typed codes: say what to choose
      String message = problem.field().equals("dbsLevel") && problem.message().contains("BASIC or ENHANCED")
          ? "Choose the level of the DBS check: basic or enhanced"
          : problem.field().equals("homeDistrict") && problem.message().startsWith("enter the postcode district")
              ? "Choose the district the volunteer lives in" : sentence(problem.message());
      errors.add(new FormError(problem.field(), message));
    }
    return errors;
  }

  static String sentence(String message) {
    return message.isEmpty() ? message : message.substring(0, 1).toUpperCase(Locale.UK) + message.substring(1);
  }
}
