package org.communityhub.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeResult;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.IntakeValidationException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Casework on the desk: a call handler records a request for help, and staff act on a request
 * from its page (a note, new contact details, a referral, withdrawing it). Who may do which is
 * decided by StaffWebSecurityConfig before anything is looked up. A form with problems is shown
 * again (400) with them; a done action redirects to the request's page with a banner.
 */
@Controller
class CaseworkController {

  private final IntakeService intake;
  private final RequestActions actions;
  private final RequestPageModel requestPage;

  CaseworkController(IntakeService intake, RequestActions actions, RequestPageModel requestPage) {
    this.intake = intake;
    this.actions = actions;
    this.requestPage = requestPage;
  }

  @GetMapping("/staff/requests/new")
  String recordForm(Model model) {
    model.addAttribute("form", RecordRequestForm.empty());
    model.addAttribute("errors", List.of());
    model.addAttribute("summary", List.of());
    return "staff/record-request";
  }

  @PostMapping("/staff/requests/new")
  String record(@ModelAttribute("form") RecordRequestForm form, Authentication user, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    IntakeResult result;
    try {
      result = intake.submit(form.toCommand(user.getName()), form.unreadable());
    } catch (IntakeValidationException invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      List<FormError> errors = IntakeErrors.forDesk(invalid.errors());
      model.addAttribute("errors", errors);
      model.addAttribute("summary", IntakeErrors.onceEach(errors));
      return "staff/record-request";
    }
    redirect.addFlashAttribute("recorded", true);
    return "redirect:" + DeskController.pageOf(result.reference());
  }

  @PostMapping("/staff/requests/{reference}/notes")
  String addNote(@PathVariable String reference, @ModelAttribute("noteForm") RequestActionForms.NoteForm form,
      Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    return act(reference, form.problems(), user, model, response, redirect, request -> {
      actions.addNote(request, form.noteText(), user.getName());
      return "done.note";
    });
  }

  @PostMapping("/staff/requests/{reference}/contact-details")
  String updateContact(@PathVariable String reference,
      @ModelAttribute("contactForm") RequestActionForms.ContactForm form, Authentication user, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return act(reference, form.problems(), user, model, response, redirect,
        request -> actions.updateContactDetails(request, form, user.getName()) ? "done.contact"
            : "done.contactUnchanged");
  }

  @PostMapping("/staff/requests/{reference}/referral")
  String refer(@PathVariable String reference, @ModelAttribute("referralForm") RequestActionForms.ReferralForm form,
      Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    return act(reference, form.problems(), user, model, response, redirect, request -> {
      if (!request.isOpen()) {
        return null;
      }
      actions.refer(request, form.chosenType().orElseThrow(), form.referralReason(), user.getName());
      return "done.referral";
    });
  }

  @PostMapping("/staff/requests/{reference}/withdrawal")
  String withdraw(@PathVariable String reference,
      @ModelAttribute("withdrawalForm") RequestActionForms.WithdrawalForm form, Authentication user, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return act(reference, form.problems(), user, model, response, redirect,
        request -> actions.withdraw(request, form.chosenReason().orElseThrow(), form.withdrawalOther(),
            user.getName()) ? "done.withdrawal" : null);
  }

  /** What an action returns: the banner's message key, or null when the request is already closed. */
  private interface Action {
    String on(HelpRequest request);
  }

  private String act(String reference, List<FormError> problems, Authentication user, Model model,
      HttpServletResponse response, RedirectAttributes redirect, Action action) {
    Optional<HelpRequest> found = intake.findByReference(DeskController.normalise(reference));
    if (found.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("reference", reference);
      model.addAttribute("errors", List.of(new FormError("reference", "There is no request with the reference "
          + DeskController.normalise(reference) + ". Check the reference with the caller.")));
      return "staff/find-request";
    }
    HelpRequest request = found.get();
    String done = problems.isEmpty() ? action.on(request) : null;
    if (done == null) {
      response.setStatus(problems.isEmpty() ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("errors", problems.isEmpty() ? List.of(new FormError("request-status",
          "This request is already closed: it cannot be referred or withdrawn")) : problems);
      requestPage.fill(model, request, user.getName());
      return "staff/request";
    }
    redirect.addFlashAttribute("done", done);
    return "redirect:" + DeskController.pageOf(request.getReference());
  }
}
