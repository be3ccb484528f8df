package org.communityhub.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.residents.ResidentDetails;
import org.communityhub.residents.ResidentSearch;
import org.communityhub.residents.ResidentService;
import org.communityhub.residents.ResidentSummary;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** "Have we helped before?": find a resident, and see all their requests. */
@Controller
class ResidentsController {

  /** More than this many matches: staff are asked to add another detail rather than shown a long list. */
  static final int MAX_RESULTS = 25;

  /** The search form as typed; the date of birth comes in GOV.UK's three boxes. */
  record SearchForm(String name, String dobDay, String dobMonth, String dobYear, String phone, String email,
      String postcode) {

    boolean anyDateBox() {
      return !blank(dobDay) || !blank(dobMonth) || !blank(dobYear);
    }

    Optional<LocalDate> dateOfBirth() {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(dobYear.trim()), Integer.parseInt(dobMonth.trim()),
            Integer.parseInt(dobDay.trim())));
      } catch (NumberFormatException | DateTimeException | NullPointerException notADate) {
        return Optional.empty();
      }
    }

    private static boolean blank(String text) {
      return text == null || text.isBlank();
    }
  }

  private final ResidentService residents;
  private final IntakeService intake;
  private final AccessLog accessLog;

  ResidentsController(ResidentService residents, IntakeService intake, AccessLog accessLog) {
    this.residents = residents;
    this.intake = intake;
    this.accessLog = accessLog;
  }

  @GetMapping("/staff/residents")
  String search(@ModelAttribute("form") SearchForm form, @RequestParam(required = false) String search,
      Authentication user, Model model, HttpServletResponse response) {
    model.addAttribute("searched", false);
    if (search == null) {
      model.addAttribute("errors", List.of());
      return "staff/residents";
    }
    List<FormError> errors = new ArrayList<>();
    LocalDate dateOfBirth = null;
    if (form.anyDateBox()) {
      Optional<LocalDate> date = form.dateOfBirth();
      if (date.isEmpty() || date.get().isAfter(LocalDate.now())) {
        errors.add(new FormError("dobDay", "Date of birth must be a real date in the past, like 27 3 1941"));
      } else {
        dateOfBirth = date.get();
      }
    }
    ResidentSearch criteria = new ResidentSearch(form.name(), dateOfBirth, form.phone(), form.email(), form.postcode());
    if (errors.isEmpty() && criteria.isEmpty()) {
      errors.add(new FormError("name", "Enter at least one of: name, date of birth, phone, email or postcode"));
    }
    model.addAttribute("errors", errors);
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "staff/residents";
    }
    List<ResidentSummary> found = residents.search(criteria, MAX_RESULTS + 1);
    boolean tooMany = found.size() > MAX_RESULTS;
    List<ResidentSummary> shown = tooMany ? found.subList(0, MAX_RESULTS) : found;
    accessLog.recordViews(user.getName(), DeskPage.SEARCH_RESULTS, shown.stream().map(ResidentSummary::id).toList(),
        null);
    model.addAttribute("searched", true);
    model.addAttribute("results", shown);
    model.addAttribute("tooMany", tooMany);
    return "staff/residents";
  }

  @GetMapping("/staff/residents/{id}")
  String resident(@PathVariable String id, Authentication user, Model model, HttpServletResponse response) {
    Optional<Long> residentId = parse(id);
    Optional<ResidentDetails> resident = residentId.flatMap(residents::find);
    if (resident.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "staff/resident-not-found";
    }
    accessLog.recordViews(user.getName(), DeskPage.RESIDENT, List.of(residentId.get()), null);
    List<HelpRequest> requests = new ArrayList<>(intake.requestsOf(residentId.get()));
    requests.sort(Comparator.comparing(HelpRequest::getCreatedAt).reversed());
    model.addAttribute("resident", resident.get());
    model.addAttribute("residentId", residentId.get());
    model.addAttribute("requests", requests);
    return "staff/resident";
  }

  static Optional<Long> parse(String id) {
    try {
      return Optional.of(Long.parseLong(id.trim()));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
