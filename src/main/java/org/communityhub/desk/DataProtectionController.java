package org.communityhub.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communityhub.disclosures.DisclosureService;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.privacy.ErasureService;
import org.communityhub.privacy.ResidentHasOpenRequestException;
import org.communityhub.residents.ResidentDetails;
import org.communityhub.residents.ResidentSearch;
import org.communityhub.residents.ResidentService;
import org.communityhub.residents.ResidentSummary;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Data-protection officers' pages: find a resident (by a request's reference, or by name and
 * postcode), list every disclosure of their data, and erase them. Each page that shows a
 * resident's details records the view in the access log first.
 */
@Controller
class DataProtectionController {

  static final int MAX_REASON = 500;

  private final ResidentService residents;
  private final IntakeService intake;
  private final DisclosureService disclosures;
  private final ErasureService erasure;
  private final AccessLog accessLog;

  DataProtectionController(ResidentService residents, IntakeService intake, DisclosureService disclosures,
      ErasureService erasure, AccessLog accessLog) {
    this.residents = residents;
    this.intake = intake;
    this.disclosures = disclosures;
    this.erasure = erasure;
    this.accessLog = accessLog;
  }

  @GetMapping("/staff/disclosures")
  String find(@RequestParam(required = false) String reference, @RequestParam(required = false) String name,
      @RequestParam(required = false) String postcode, Authentication officer, Model model,
      HttpServletResponse response) {
    model.addAttribute("reference", reference);
    model.addAttribute("name", name);
    model.addAttribute("postcode", postcode);
    model.addAttribute("errors", List.of());
    model.addAttribute("results", null);
    if (reference != null) {
      String normalised = DeskController.normalise(reference);
      Optional<HelpRequest> request = normalised.isEmpty() ? Optional.empty() : intake.findByReference(normalised);
      if (request.isEmpty()) {
        response.setStatus(reference.isBlank() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("errors", List.of(new FormError("reference", reference.isBlank()
            ? "Enter a request reference, like HR-2026-000123"
            : "No request has this reference. Check it and try again, like HR-2026-000123")));
        return "staff/disclosures";
      }
      return "redirect:/staff/disclosures/residents/" + request.get().getResidentId();
    }
    if (name != null || postcode != null) {
      ResidentSearch criteria = new ResidentSearch(name, null, null, null, postcode);
      if (criteria.isEmpty()) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", List.of(new FormError("name", "Enter the resident's name or postcode, or both")));
        return "staff/disclosures";
      }
      List<ResidentSummary> found = residents.search(criteria, ResidentsController.MAX_RESULTS + 1);
      List<ResidentSummary> shown = found.size() > ResidentsController.MAX_RESULTS
          ? found.subList(0, ResidentsController.MAX_RESULTS) : found;
      accessLog.recordViews(officer.getName(), DeskPage.SEARCH_RESULTS, shown.stream().map(ResidentSummary::id).toList(),
          null);
      model.addAttribute("results", shown);
      model.addAttribute("tooMany", found.size() > shown.size());
    }
    return "staff/disclosures";
  }

  @GetMapping("/staff/disclosures/residents/{id}")
  String forResident(@PathVariable String id, Authentication officer, Model model, HttpServletResponse response) {
    Optional<Long> residentId = ResidentsController.parse(id);
    Optional<ResidentDetails> resident = residentId.flatMap(residents::find);
    if (resident.isEmpty()) {
      return notFound(response);
    }
    accessLog.recordViews(officer.getName(), DeskPage.DISCLOSURES, List.of(residentId.get()), null);
    List<HelpRequest> requests = intake.requestsOf(residentId.get());
    Map<Long, String> references = requests.stream()
        .collect(Collectors.toMap(HelpRequest::getId, HelpRequest::getReference));
    model.addAttribute("residentId", residentId.get());
    model.addAttribute("resident", resident.get());
    model.addAttribute("references", references);
    model.addAttribute("disclosures", disclosures.forResident(residentId.get()));
    return "staff/resident-disclosures";
  }

  @GetMapping("/staff/erasures/residents/{id}")
  String confirmErasure(@PathVariable String id, Authentication officer, Model model, HttpServletResponse response) {
    Optional<Long> residentId = ResidentsController.parse(id);
    Optional<ResidentDetails> resident = residentId.flatMap(residents::find);
    if (resident.isEmpty()) {
      return notFound(response);
    }
    accessLog.recordViews(officer.getName(), DeskPage.ERASURE, List.of(residentId.get()), null);
    showConfirmation(residentId.get(), resident.get(), "", List.of(), model);
    return "staff/erasure-confirm";
  }

  @PostMapping("/staff/erasures/residents/{id}")
  String erase(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Authentication officer,
      Model model, HttpServletResponse response, RedirectAttributes next) {
    Optional<Long> residentId = ResidentsController.parse(id);
    Optional<ResidentDetails> resident = residentId.flatMap(residents::find);
    if (resident.isEmpty()) {
      return notFound(response);
    }
    List<FormError> errors = new ArrayList<>();
    if (reason.isBlank()) {
      errors.add(new FormError("reason", "Enter why their details are erased, for example the date of their request"));
    } else if (reason.length() > MAX_REASON) {
      errors.add(new FormError("reason", "The reason must be " + MAX_REASON + " characters or fewer"));
    }
    if (errors.isEmpty()) {
      try {
        int requests = erasure.erase(residentId.get(), reason.trim(), officer.getName());
        next.addFlashAttribute("erasedRequests", requests);
        return "redirect:/staff/erasures/residents/" + residentId.get() + "/erased";
      } catch (ResidentHasOpenRequestException stillOpen) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        errors.add(new FormError("reason", "Their request " + stillOpen.reference()
            + " is still open. Close it in Tasklist first, then erase their details."));
      }
    } else {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    // The page is shown again with their details: another view to record.
    accessLog.recordViews(officer.getName(), DeskPage.ERASURE, List.of(residentId.get()), null);
    showConfirmation(residentId.get(), resident.get(), reason, errors, model);
    return "staff/erasure-confirm";
  }

  /** What was erased and what is kept; it shows nothing of the resident, who is erased. */
  @GetMapping("/staff/erasures/residents/{id}/erased")
  String erased(@PathVariable String id, Model model) {
    model.addAttribute("residentId", id);
    return "staff/erasure-done";
  }

  private void showConfirmation(long residentId, ResidentDetails resident, String reason, List<FormError> errors,
      Model model) {
    model.addAttribute("residentId", residentId);
    model.addAttribute("resident", resident);
    model.addAttribute("requests", intake.requestsOf(residentId));
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors);
  }

  private static String notFound(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "staff/resident-not-found";
  }
}
