package org.communityhub.askforhelp;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.communityhub.intake.IntakeValidationException;
import org.communityhub.platform.SeeOther;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 'Ask for help' (/ask-for-help): a start page, one short question page at a time, check your
 * answers, then a confirmation with the reference and what happens next. Answers wait in the HTTP
 * session; a page with problems is shown again (400) with them in the error summary and beside each
 * field; every accepted post redirects (303) to the next page. Nothing is stored until the person
 * presses 'Send request' on the check page.
 */
@Controller
class AskForHelpController {

  private static final String ANSWERS = AskForHelpController.class.getName() + ".answers";
  private static final String CONFIRMATION = AskForHelpController.class.getName() + ".confirmation";
  private static final String START = "/ask-for-help";
  private static final String CHECK = "/ask-for-help/check";

  private final AskForHelpService askForHelp;

  AskForHelpController(AskForHelpService askForHelp) {
    this.askForHelp = askForHelp;
  }

  @GetMapping(START)
  String start() {
    return "ask-for-help/start";
  }

  @GetMapping(START + "/{page}")
  String question(@PathVariable String page, HttpSession session, Model model, HttpServletResponse response) {
    Optional<Question> question = Question.bySlug(page);
    if (question.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return "ask-for-help/not-found";
    }
    return show(question.get(), answers(session), List.of(), model);
  }

  @PostMapping(START + "/{page}")
  Object answer(@PathVariable String page, @RequestParam MultiValueMap<String, String> posted, HttpSession session,
      Model model, HttpServletResponse response) {
    Optional<Question> question = Question.bySlug(page);
    if (question.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return "ask-for-help/not-found";
    }
    Answers answers = answers(session);
    answers.take(question.get(), posted);
    List<AnswerError> problems = askForHelp.problemsWith(question.get(), answers);
    session.setAttribute(ANSWERS, answers); // kept even with problems: the page shows what was typed
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return show(question.get(), answers, problems, model);
    }
    answers.answered(question.get());
    session.setAttribute(ANSWERS, answers);
    return SeeOther.to(answers.firstUnanswered().map(Question::path).orElse(CHECK));
  }

  @GetMapping(CHECK)
  Object check(HttpSession session, Model model) {
    Answers answers = answers(session);
    Optional<Question> unanswered = answers.firstUnanswered();
    if (unanswered.isPresent()) {
      return SeeOther.to(answers.asked() ? unanswered.get().path() : START);
    }
    return showCheck(answers, List.of(), model);
  }

  @PostMapping(CHECK)
  Object send(HttpSession session, Model model, HttpServletResponse response) {
    Answers answers = answers(session);
    if (answers.firstUnanswered().isPresent()) {
      // Sent already (the answers were forgotten), or never answered: nothing to send twice.
      return SeeOther.to(session.getAttribute(CONFIRMATION) != null ? START + "/confirmation" : START);
    }
    List<AnswerError> problems = askForHelp.problemsWithAll(answers);
    Confirmation confirmation;
    try {
      confirmation = problems.isEmpty() ? askForHelp.submit(answers) : null;
    } catch (IntakeValidationException refused) {
      confirmation = null;
      problems = List.of(new AnswerError("send", "Some answers could not be accepted. Change them and send again."));
    }
    if (confirmation == null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return showCheck(answers, problems, model);
    }
    session.removeAttribute(ANSWERS);
    session.setAttribute(CONFIRMATION, confirmation);
    return SeeOther.to(START + "/confirmation");
  }

  @GetMapping(START + "/confirmation")
  Object confirmation(HttpSession session, Model model) {
    Object confirmation = session.getAttribute(CONFIRMATION);
    if (!(confirmation instanceof Confirmation sent)) {
      return SeeOther.to(START);
    }
    model.addAttribute("confirmation", sent);
    return "ask-for-help/confirmation";
  }

  private String show(Question question, Answers answers, List<AnswerError> problems, Model model) {
    model.addAttribute("answers", answers);
    model.addAttribute("forSelf", answers.forSelf());
    model.addAttribute("errors", problems);
    model.addAttribute("summary", AnswerErrors.onceEach(problems));
    model.addAttribute("action", question.path());
    model.addAttribute("back", previous(question, answers));
    return question.template();
  }

  private String showCheck(Answers answers, List<AnswerError> problems, Model model) {
    model.addAttribute("answers", answers);
    model.addAttribute("forSelf", answers.forSelf());
    model.addAttribute("errors", problems);
    model.addAttribute("summary", AnswerErrors.onceEach(problems));
    return "ask-for-help/check";
  }

  /** The page before this one, for the back link. */
  private static String previous(Question question, Answers answers) {
    Question[] all = Question.values();
    for (int i = question.ordinal() - 1; i >= 0; i--) {
      if (answers.needed(all[i])) {
        return all[i].path();
      }
    }
    return START;
  }

  private static Answers answers(HttpSession session) {
    Object kept = session.getAttribute(ANSWERS);
    return kept instanceof Answers answers ? answers : new Answers();
  }

}
