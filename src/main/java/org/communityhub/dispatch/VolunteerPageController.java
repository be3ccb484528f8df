package org.communityhub.dispatch;

import static org.communityhub.dispatch.VolunteerPage.escape;
import static org.communityhub.dispatch.VolunteerPage.page;
import static org.communityhub.dispatch.VolunteerPage.summaryList;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page a volunteer reaches from an offer message. Public: the signed link is the only key,
 * so every answer checks the link first and a bad link changes nothing. Before accepting, only
 * the area, the need and the time window are shown; the resident's details only after.
 */
@RestController
@RequestMapping("/volunteer/offers/{token}")
class VolunteerPageController {

  private final OfferLinks links;
  private final DispatchService dispatch;
  private final VolunteerDisclosures disclosures;

  VolunteerPageController(OfferLinks links, DispatchService dispatch, VolunteerDisclosures disclosures) {
    this.links = links;
    this.dispatch = dispatch;
    this.disclosures = disclosures;
  }

  @GetMapping
  ResponseEntity<String> show(@PathVariable String token) {
    Optional<DispatchService.OfferRow> offer = offerFor(token);
    if (offer.isEmpty()) {
      return badLink(token);
    }
    DispatchService.OfferRow o = offer.get();
    return switch (o.status()) {
      case "OPEN" -> html(HttpStatus.OK, page("Can you help?", """
          <h1 class="govuk-heading-l">Can you help?</h1>
          <p class="govuk-body">A resident needs a volunteer. Their name and address are shown once you accept.</p>
          %s
          <form method="post" action="%s/accept" class="govuk-!-display-inline-block govuk-!-margin-right-2">
            <button type="submit" class="govuk-button" data-module="govuk-button" id="accept">Accept</button>
          </form>
          <form method="post" action="%s/decline" class="govuk-!-display-inline-block">
            <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" id="decline">Decline</button>
          </form>
          """.formatted(summaryList("Area", o.districtName(), "Help needed", o.needSummary(),
              "When", VolunteerPage.window(o.windowStart(), o.windowEnd())), path(token), path(token))));
      case "ACCEPTED" -> o.outcome() == null ? acceptedPage(token, o) : html(HttpStatus.OK, page("Thank you", """
          <div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">Thank you</h1>
          <div class="govuk-panel__body">You told us: %s</div></div>
          <p class="govuk-body">There is nothing more to do for this request.</p>
          """.formatted(escape(Outcome.valueOf(o.outcome()).label()))));
      case "DECLINED" -> html(HttpStatus.OK, page("You declined this offer", """
          <h1 class="govuk-heading-l">You declined this offer</h1>
          <p class="govuk-body">Thank you for letting us know. We will ask another volunteer.</p>"""));
      default -> noLongerOpen();
    };
  }

  @PostMapping("/accept")
  ResponseEntity<String> accept(@PathVariable String token) {
    Optional<DispatchService.OfferRow> offer = offerFor(token);
    if (offer.isEmpty()) {
      return badLink(token);
    }
    return answer(() -> dispatch.accept(offer.get().id()), token);
  }

  @PostMapping("/decline")
  ResponseEntity<String> decline(@PathVariable String token) {
    Optional<DispatchService.OfferRow> offer = offerFor(token);
    if (offer.isEmpty()) {
      return badLink(token);
    }
    return answer(() -> dispatch.decline(offer.get().id()), token);
  }

  @PostMapping("/outcome")
  ResponseEntity<String> outcome(@PathVariable String token, @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String notes) {
    Optional<DispatchService.OfferRow> offer = offerFor(token);
    if (offer.isEmpty()) {
      return badLink(token);
    }
    Optional<Outcome> chosen = Arrays.stream(Outcome.values())
        .filter(o -> o.name().equals(outcome == null ? "" : outcome.toUpperCase(Locale.UK))).findFirst();
    if (chosen.isEmpty() || !"ACCEPTED".equals(offer.get().status())) {
      if (!"ACCEPTED".equals(offer.get().status())) {
        return noLongerOpen();
      }
      return acceptedPageWithError(token, offer.get(), "Choose what happened");
    }
    if (notes != null && notes.length() > 1000) {
      return acceptedPageWithError(token, offer.get(), "Notes must be 1000 characters or fewer");
    }
    return answer(() -> dispatch.reportOutcome(offer.get().id(), chosen.get(), notes), token);
  }

  private ResponseEntity<String> answer(java.util.function.Supplier<AnswerResult> action, String token) {
    AnswerResult result;
    try {
      result = action.get();
    } catch (DataIntegrityViolationException | ConcurrencyFailureException | OptimisticLockingException
        | MismatchingMessageCorrelationException e) {
      // Someone else took the task, or the process moved on (timeout) at the same moment: the
      // transaction rolled back, nothing changed.
      result = AnswerResult.NO_LONGER_OPEN;
    }
    if (result == AnswerResult.NO_LONGER_OPEN) {
      return noLongerOpen();
    }
    if (result == AnswerResult.ALREADY_ANSWERED) {
      return alreadyAnswered(token);
    }
    // Post/redirect/get: a refresh does not answer twice.
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(path(token))).build();
  }

  private ResponseEntity<String> acceptedPage(String token, DispatchService.OfferRow offer) {
    return acceptedPageWithError(token, offer, null);
  }

  private ResponseEntity<String> acceptedPageWithError(String token, DispatchService.OfferRow offer, String error) {
    VolunteerDisclosures.Shown resident = disclosures.showResidentTo(offer);
    String errorSummary = error == null ? "" : """
        <div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">
        <h2 class="govuk-error-summary__title">There is a problem</h2>
        <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
        <li><a href="#outcome">%s</a></li></ul></div></div></div>""".formatted(escape(error));
    StringBuilder choices = new StringBuilder();
    for (Outcome o : Outcome.values()) {
      String id = o == Outcome.DONE ? "outcome" : "outcome-" + o.name().toLowerCase(Locale.UK);
      choices.append("""
          <div class="govuk-radios__item"><input class="govuk-radios__input" id="%s" name="outcome" type="radio" value="%s">
          <label class="govuk-label govuk-radios__label" for="%s">%s</label></div>
          """.formatted(id, o.name(), id, escape(o.label())));
    }
    return html(error == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST, page("You accepted – thank you", """
        %s
        <h1 class="govuk-heading-l">You accepted – thank you</h1>
        <p class="govuk-body">Keep these details private and use them only for this visit.</p>
        %s
        <form method="post" action="%s/outcome" novalidate>
          <div class="govuk-form-group">
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">How did it go?</legend>
              <div class="govuk-radios" data-module="govuk-radios">%s</div>
            </fieldset>
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label" for="notes">Anything the hub should know (optional)</label>
            <textarea class="govuk-textarea" id="notes" name="notes" rows="3" maxlength="1000"></textarea>
          </div>
          <button type="submit" class="govuk-button" data-module="govuk-button" id="report">Send</button>
        </form>
        """.formatted(errorSummary, summaryList(
            "Name", resident.firstName(),
            "Address", resident.address(),
            "Phone", resident.phone() == null ? "Not given" : resident.phone(),
            "Help needed", offer.needSummary(),
            "When", VolunteerPage.window(offer.windowStart(), offer.windowEnd()),
            "Notes", resident.notes() == null ? "None" : resident.notes()), path(token), choices)));
  }

  private Optional<DispatchService.OfferRow> offerFor(String token) {
    OfferLinks.Verified verified = links.verify(token);
    return verified.verdict() == OfferLinks.Verdict.VALID ? dispatch.offer(verified.offerId()) : Optional.empty();
  }

  private ResponseEntity<String> badLink(String token) {
    if (links.verify(token).verdict() == OfferLinks.Verdict.EXPIRED) {
      return html(HttpStatus.GONE, page("This link has expired", """
          <h1 class="govuk-heading-l">This link has expired</h1>
          <p class="govuk-body">Nothing has changed. If you still want to help, contact the community hub.</p>"""));
    }
    return html(HttpStatus.NOT_FOUND, page("This link is not valid", """
        <h1 class="govuk-heading-l">This link is not valid</h1>
        <p class="govuk-body">Check you copied the whole link from the message. Nothing has changed.</p>"""));
  }

  private static ResponseEntity<String> noLongerOpen() {
    return html(HttpStatus.CONFLICT, page("This offer is no longer open", """
        <h1 class="govuk-heading-l">This offer is no longer open</h1>
        <p class="govuk-body">The time to answer has passed or another volunteer is helping. Thank you for offering.</p>"""));
  }

  /** The link was used for this answer before (a second click, a resent form): nothing changes. */
  private static ResponseEntity<String> alreadyAnswered(String token) {
    return html(HttpStatus.CONFLICT, page("You have already answered this offer", """
        <h1 class="govuk-heading-l">You have already answered this offer</h1>
        <p class="govuk-body">Each link can be used once for each answer. Nothing has changed.</p>
        <p class="govuk-body"><a class="govuk-link" href="%s">See what you told us</a></p>""".formatted(path(token))));
  }

  private static String path(String token) {
    return "/volunteer/offers/" + escape(token);
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(body);
  }
}
