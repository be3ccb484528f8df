package org.communityhub.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.communityhub.area.AreaService;
import org.communityhub.organisations.Organisation;
import org.communityhub.organisations.OrganisationKind;
import org.communityhub.organisations.OrganisationService;
import org.communityhub.platform.validation.InvalidInputException;
import org.communityhub.volunteers.Skill;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Volunteer coordinators' pages for organisations' offers of help: the list with places used and free, add one, change its capacity. */
@Controller
@RequestMapping("/staff/organisations")
class OrganisationsDeskController {

  private final OrganisationService organisations;
  private final AreaService area;

  OrganisationsDeskController(OrganisationService organisations, AreaService area) {
    this.organisations = organisations;
    this.area = area;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("organisations", organisations.all());
    return "staff/organisations";
  }

  @GetMapping("/new")
  String newOrganisation(Model model) {
    return showNew(OrganisationForm.empty(), List.of(), model);
  }

  @PostMapping("/new")
  String add(@ModelAttribute("form") OrganisationForm form, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      long id = organisations.record(form.organisation());
      redirect.addFlashAttribute("banner", organisations.find(id).orElseThrow().name() + " is added.");
      return "redirect:/staff/organisations/" + id;
    } catch (InvalidInputException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return showNew(form, errors(refused), model);
    }
  }

  @GetMapping("/{id}")
  String organisation(@PathVariable String id, Model model, HttpServletResponse response) {
    Optional<Organisation> found = ResidentsController.parse(id).flatMap(organisations::find);
    if (found.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "staff/organisation-not-found";
    }
    return showOrganisation(found.get(), String.valueOf(found.get().capacity()), List.of(), model);
  }

  @PostMapping("/{id}")
  String changeCapacity(@PathVariable long id, @RequestParam(defaultValue = "") String capacity, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    Optional<Organisation> found = organisations.find(id);
    if (found.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "staff/organisation-not-found";
    }
    try {
      organisations.changeCapacity(id, OrganisationForm.wholeNumber(capacity).orElse(null));
    } catch (InvalidInputException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return showOrganisation(found.get(), capacity, errors(refused), model);
    }
    Organisation changed = organisations.find(id).orElseThrow();
    redirect.addFlashAttribute("banner", changed.name() + " can now take on " + changed.capacity()
        + (changed.capacity() == 1 ? " request" : " requests") + " at once.");
    return "redirect:/staff/organisations/" + id;
  }

  /** A coordinator approves or declines an organisation that offered help itself (its 'Approve organisation' task). */
  @PostMapping("/{id}/approval")
  String decide(@PathVariable long id, @RequestParam(defaultValue = "") String decision, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    Optional<Organisation> found = organisations.find(id);
    if (found.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "staff/organisation-not-found";
    }
    if (!decision.equals("APPROVE") && !decision.equals("DECLINE")) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return showOrganisation(found.get(), String.valueOf(found.get().capacity()),
          List.of(new FormError("approval", "Choose Approve or Decline")), model);
    }
    try {
      organisations.decide(id, decision.equals("APPROVE"));
    } catch (InvalidInputException refused) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return showOrganisation(found.get(), String.valueOf(found.get().capacity()),
          List.of(new FormError("approval", "This organisation is no longer waiting for approval")), model);
    }
    redirect.addFlashAttribute("banner", found.get().name() + (decision.equals("APPROVE")
        ? " is approved: it can be given requests in 'Allocate manually'." : " is declined: it is never given requests."));
    return "redirect:/staff/organisations/" + id;
  }

  private String showNew(OrganisationForm form, List<FormError> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", OrganisationKind.values());
    model.addAttribute("skills", Skill.values());
    model.addAttribute("districts", area.districtCodes().stream()
        .map(code -> new VolunteersDeskController.District(code, area.label(code))).toList());
    return "staff/organisation-new";
  }

  private String showOrganisation(Organisation organisation, String capacity, List<FormError> errors, Model model) {
    model.addAttribute("organisation", organisation);
    model.addAttribute("capacity", capacity);
    model.addAttribute("errors", errors);
    model.addAttribute("districtLabels", organisation.districts().stream().map(area::label).toList());
    return "staff/organisation";
  }

  /** The service's problems in the desk's words where they would name codes. */
  private static List<FormError> errors(InvalidInputException refused) {
    return refused.errors().stream().map(problem -> new FormError(problem.field(), switch (problem.field()) {
      case "kind" -> "Choose what kind of organisation it is";
      case "capacity" -> problem.message().startsWith("It has") ? problem.message()
          : "Enter how many requests it can take on at once, as a whole number from 1 to 10000";
      case "offers" -> "Choose at least one kind of help it offers";
      default -> VolunteersDeskController.sentence(problem.message());
    })).toList();
  }
}
