package org.communityhub.dispatch;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.communityhub.platform.validation.FieldError;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page a volunteer reaches from an offer message (templates/volunteer). Public: the signed
 * link is the only key, so every answer checks the link first and a bad link changes nothing.
 * Before accepting, only the area, the need and the time window are shown; the resident's details
 * only after.
 */
@Controller
@RequestMapping("/volunteer/offers/{token}")
class VolunteerPageController {

  private static final int MAX_NOTES = 1000;

  private final OfferLinks links;
  private final OfferService offers;
  private final OutcomeService outcomes;
  private final VolunteerDisclosures disclosures;

  VolunteerPageController(OfferLinks links, OfferService offers, OutcomeService outcomes,
      VolunteerDisclosures disclosures) {
    this.links = links;
    this.offers = offers;
    this.outcomes = outcomes;
    this.disclosures = disclosures;
  }

  @GetMapping
  String show(@PathVariable String token, Model model, HttpServletResponse response) {
    Optional<DispatchRecords.OfferRow> found = offerFor(token);
    if (found.isEmpty()) {
      return badLink(token, model, response);
    }
    DispatchRecords.OfferRow offer = found.get();
    return switch (offer.status()) {
      case "OPEN" -> {
        model.addAttribute("offer", offer);
        model.addAttribute("when", OfferWindow.describe(offer.windowStart(), offer.windowEnd()));
        model.addAttribute("path", path(token));
        yield "volunteer/offer";
      }
      case "ACCEPTED" -> offer.outcome() == null ? accepted(token, offer, null, null, model, response)
          : message(model, response, HttpStatus.OK, "Thank you", "There is nothing more to do for this request.")
              .outcome(Outcome.valueOf(offer.outcome()).label());
      case "DECLINED" -> message(model, response, HttpStatus.OK, "You declined this offer",
          "Thank you for letting us know. We will ask another volunteer.").view();
      default -> noLongerOpen(model, response);
    };
  }

  @PostMapping("/accept")
  String accept(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
    Optional<DispatchRecords.OfferRow> offer = offerFor(token);
    if (offer.isEmpty()) {
      return badLink(token, model, response);
    }
    return answer(() -> offers.accept(offer.get().id()), token, model, request, response);
  }

  @PostMapping("/decline")
  String decline(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
    Optional<DispatchRecords.OfferRow> offer = offerFor(token);
    if (offer.isEmpty()) {
      return badLink(token, model, response);
    }
    return answer(() -> offers.decline(offer.get().id()), token, model, request, response);
  }

  @PostMapping("/outcome")
  String outcome(@PathVariable String token, @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String notes, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    Optional<DispatchRecords.OfferRow> offer = offerFor(token);
    if (offer.isEmpty()) {
      return badLink(token, model, response);
    }
    if (!"ACCEPTED".equals(offer.get().status())) {
      return noLongerOpen(model, response);
    }
    Optional<Outcome> chosen = Arrays.stream(Outcome.values())
        .filter(o -> o.name().equals(outcome == null ? "" : outcome.toUpperCase(Locale.UK))).findFirst();
    if (chosen.isEmpty()) {
      return accepted(token, offer.get(), new FieldError("outcome", "Choose what happened"), notes, model, response);
    }
    if (notes != null && notes.length() > MAX_NOTES) {
      return accepted(token, offer.get(), new FieldError("notes", "Notes must be 1000 characters or fewer"), notes,
          model, response);
    }
    return answer(() -> outcomes.reportOutcome(offer.get().id(), chosen.get(), notes), token, model, request, response);
  }

  private String answer(Supplier<AnswerResult> action, String token, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    AnswerResult result;
    try {
      result = action.get();
    } catch (DataIntegrityViolationException | ConcurrencyFailureException | OptimisticLockingException
        | MismatchingMessageCorrelationException e) {
      // Someone else took the task, or the process moved on (timeout) at the same moment: the
      // transaction rolled back, nothing changed.
      result = AnswerResult.NO_LONGER_OPEN;
    }
    return switch (result) {
      case NO_LONGER_OPEN -> noLongerOpen(model, response);
      case ALREADY_ANSWERED -> {
        // The link was used for this answer before (a second click, a resent form): nothing changes.
        model.addAttribute("seeAnswer", path(token));
        yield message(model, response, HttpStatus.CONFLICT, "You have already answered this offer",
            "Each link can be used once for each answer. Nothing has changed.").view();
      }
      case TAKEN -> {
        // Post/redirect/get with 303 See Other: a refresh does not answer twice.
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
        yield "redirect:" + path(token);
      }
    };
  }

  private String accepted(String token, DispatchRecords.OfferRow offer, FieldError error, String notes, Model model,
      HttpServletResponse response) {
    model.addAttribute("offer", offer);
    model.addAttribute("resident", disclosures.showResidentTo(offer));
    model.addAttribute("when", OfferWindow.describe(offer.windowStart(), offer.windowEnd()));
    model.addAttribute("outcomes", Outcome.values());
    model.addAttribute("error", error);
    model.addAttribute("notes", notes);
    model.addAttribute("path", path(token));
    response.setStatus(error == null ? HttpStatus.OK.value() : HttpStatus.BAD_REQUEST.value());
    return "volunteer/accepted";
  }

  private Optional<DispatchRecords.OfferRow> offerFor(String token) {
    OfferLinks.Verified verified = links.verify(token);
    return verified.verdict() == OfferLinks.Verdict.VALID ? offers.offer(verified.offerId()) : Optional.empty();
  }

  private String badLink(String token, Model model, HttpServletResponse response) {
    if (links.verify(token).verdict() == OfferLinks.Verdict.EXPIRED) {
      return message(model, response, HttpStatus.GONE, "This link has expired",
          "Nothing has changed. If you still want to help, contact the community hub.").view();
    }
    return message(model, response, HttpStatus.NOT_FOUND, "This link is not valid",
        "Check you copied the whole link from the message. Nothing has changed.").view();
  }

  private static String noLongerOpen(Model model, HttpServletResponse response) {
    return message(model, response, HttpStatus.CONFLICT, "This offer is no longer open",
        "The time to answer has passed or another volunteer is helping. Thank you for offering.").view();
  }

  /** A page with one message; outcome() adds the confirmation panel of a reported outcome. */
  private record Message(Model model) {
    String view() {
      return "volunteer/message";
    }

    String outcome(String label) {
      model.addAttribute("outcome", label);
      return view();
    }
  }

  private static Message message(Model model, HttpServletResponse response, HttpStatus status, String heading,
      String text) {
    response.setStatus(status.value());
    model.addAttribute("heading", heading);
    model.addAttribute("message", text);
    return new Message(model);
  }

  private static String path(String token) {
    return UriComponentsBuilder.fromPath("/volunteer/offers/{token}").buildAndExpand(token).encode().toUriString();
  }
}
