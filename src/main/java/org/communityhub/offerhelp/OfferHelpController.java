package org.communityhub.offerhelp;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.communityhub.area.AreaService;
import org.communityhub.organisations.NewOrganisation;
import org.communityhub.organisations.OrganisationKind;
import org.communityhub.organisations.OrganisationService;
import org.communityhub.platform.Choice;
import org.communityhub.platform.SeeOther;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.platform.validation.InvalidInputException;
import org.communityhub.volunteers.Skill;
import org.communityhub.volunteers.TimeOfDay;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public pages for offering help (templates/offerhelp): a person, who confirms their email
 * before they are signed up, or a business or organisation, which waits for a coordinator's
 * approval. Every form posts and redirects (303) on success; a refused form is shown again (400)
 * with the problems at the top and beside each field, and nothing is stored.
 */
@Controller
@RequestMapping("/offer-help")
class OfferHelpController {

  static final String SERVICE = "Offer help";

  private final OfferHelpService offers;
  private final OrganisationService organisations;
  private final AreaService area;

  OfferHelpController(OfferHelpService offers, OrganisationService organisations, AreaService area) {
    this.offers = offers;
    this.organisations = organisations;
    this.area = area;
  }

  /** A choice on a form: the value sent and the words shown. */
  @GetMapping
  String start() {
    return "offerhelp/start";
  }

  @GetMapping("/person")
  String person(Model model) {
    return showPerson(PersonOffer.empty(), List.of(), model);
  }

  @PostMapping("/person")
  Object offerAsPerson(@ModelAttribute("form") PersonOffer form, Model model, HttpServletResponse response) {
    List<FieldError> problems = offers.check(form);
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return showPerson(form, problems, model);
    }
    offers.submit(form);
    return SeeOther.to("/offer-help/person/check-your-email");
  }

  @GetMapping("/person/check-your-email")
  String checkYourEmail(Model model) {
    model.addAttribute("validFor", offers.confirmLinkValidFor());
    return "offerhelp/check-your-email";
  }

  /** The link from the email shows a button: a mail scanner following links confirms nothing. */
  @GetMapping("/confirm/{token}")
  String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
    OfferHelpService.Confirmation state = offers.state(token);
    if (state != OfferHelpService.Confirmation.CONFIRMED) {
      return linkProblem(state, model, response);
    }
    model.addAttribute("token", token);
    return "offerhelp/confirm";
  }

  @PostMapping("/confirm/{token}")
  Object confirm(@PathVariable String token, Model model, HttpServletResponse response) {
    OfferHelpService.Confirmation result = offers.confirm(token);
    return switch (result) {
      case CONFIRMED -> SeeOther.to("/offer-help/person/confirmed");
      case ALREADY_REGISTERED -> SeeOther.to("/offer-help/person/already-registered");
      default -> linkProblem(result, model, response);
    };
  }

  @GetMapping("/person/confirmed")
  String confirmed() {
    return "offerhelp/confirmed";
  }

  @GetMapping("/person/already-registered")
  String alreadyRegistered() {
    return "offerhelp/already-registered";
  }

  @GetMapping("/organisation")
  String organisation(Model model) {
    return showOrganisation(OrganisationOffer.empty(), List.of(), model);
  }

  @PostMapping("/organisation")
  Object offerAsOrganisation(@ModelAttribute("form") OrganisationOffer form, Model model,
      HttpServletResponse response) {
    try {
      organisations.offer(new NewOrganisation(form.name(), form.kind(), form.contactName(), form.contactPhone(),
          form.contactEmail(), form.offers() == null ? List.of() : form.offers(), form.capacityNumber(),
          form.districts() == null ? List.of() : form.districts()), form.offerDescription());
    } catch (InvalidInputException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return showOrganisation(form, refused.errors().stream().map(PublicWords::forOrganisation).toList(), model);
    }
    return SeeOther.to("/offer-help/organisation/received");
  }

  @GetMapping("/organisation/received")
  String organisationReceived() {
    return "offerhelp/organisation-received";
  }

  private String showPerson(PersonOffer form, List<FieldError> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("districts", districts());
    model.addAttribute("skills", skills());
    model.addAttribute("days", Choice.daysOfWeek());
    model.addAttribute("times", Arrays.stream(TimeOfDay.values())
        .map(time -> new Choice(time.name(), time.withHours())).toList());
    model.addAttribute("dbsChoices", List.of(new Choice("NONE", "No"), new Choice("BASIC", "Yes, a basic check"),
        new Choice("ENHANCED", "Yes, an enhanced check")));
    return "offerhelp/person";
  }

  private String showOrganisation(OrganisationOffer form, List<FieldError> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("districts", districts());
    model.addAttribute("skills", skills());
    List<Choice> kinds = new ArrayList<>();
    for (OrganisationKind kind : OrganisationKind.values()) {
      kinds.add(new Choice(kind.name(), switch (kind) {
        case SHOP -> "A shop";
        case BUSINESS -> "A business";
        case CHARITY -> "A charity";
        case COMMUNITY_GROUP -> "A community group";
      }));
    }
    model.addAttribute("kinds", kinds);
    return "offerhelp/organisation";
  }

  /** The council's districts, by the names people know them by. */
  private List<Choice> districts() {
    return area.districtCodes().stream().map(code -> new Choice(code, area.label(code))).toList();
  }

  private static List<Choice> skills() {
    List<Choice> skills = new ArrayList<>();
    for (Skill skill : Skill.values()) {
      skills.add(new Choice(skill.name(), skill.words()));
    }
    return skills;
  }

  private static String linkProblem(OfferHelpService.Confirmation state, Model model, HttpServletResponse response) {
    switch (state) {
      case ALREADY_CONFIRMED -> {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("heading", "You have already confirmed your email");
        model.addAttribute("message", "Thank you. A volunteer coordinator will contact you. Nothing has changed.");
      }
      case EXPIRED -> {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("heading", "This link has expired");
        model.addAttribute("message", "Your offer was not kept. If you still want to help, offer help again.");
      }
      default -> {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("heading", "This link is not valid");
        model.addAttribute("message", "Check you copied the whole link from the email. Nothing has changed.");
      }
    }
    return "offerhelp/link-problem";
  }

}
