package org.communityhub.askforhelp;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.communityhub.area.SignpostSettings;
import org.communityhub.intake.IntakeCommand;
import org.communityhub.intake.IntakeResult;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.RequestStatus;
import org.communityhub.notify.Channel;
import org.communityhub.notify.NotifyService;
import org.communityhub.notify.NotifySettings;
import org.communityhub.notify.OutboundMessage;
import org.communityhub.platform.CouncilSettings;
import org.communityhub.platform.validation.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 'Ask for help' online: checks each page's answers with intake's own validation (and the few
 * questions only this channel asks), sends the request through {@link IntakeService#submit} like
 * every other channel, and confirms it to whoever asked by email or text message, once.
 */
@Service
class AskForHelpService {

  /** Room left in intake's 2,000-character notes for who asked on the resident's behalf. */
  static final int NOTES_MAX = 1500;
  private static final Logger log = LoggerFactory.getLogger(AskForHelpService.class);
  /** UK mobile numbers, the only ones a text message reaches: 07 or +44 7. */
  private static final Pattern MOBILE = Pattern.compile("^\\s*(?:\\+44\\s?(?:\\(0\\)\\s?)?|0)7.*");
  private static final Pattern CONTROL_CHARACTER = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");

  private final IntakeService intake;
  private final NotifyService notify;
  private final Validator validator;
  private final String councilName;
  private final String directoryUrl;
  private final boolean messagesAreSent;

  AskForHelpService(IntakeService intake, NotifyService notify, Validator validator,
      CouncilSettings council, SignpostSettings signpost, NotifySettings notifySettings) {
    this.intake = intake;
    this.notify = notify;
    this.validator = validator;
    this.councilName = council.name();
    this.directoryUrl = signpost.directoryUrl().toString();
    this.messagesAreSent = notifySettings.messagesAreSent();
  }

  /** The problems with one page's answers, worded for the person asking; empty when the page is done. */
  List<AnswerError> problemsWith(Question question, Answers answers) {
    List<FieldError> errors = new ArrayList<>(ownProblems(question, answers));
    errors.addAll(intake.problemsWith(answers.toCommand(), answers.unreadable()));
    return AnswerErrors.forPage(question, dropRepeats(errors), answers.forSelf());
  }

  /** Every page's problems, for the check-your-answers page: empty when the request can be sent. */
  List<AnswerError> problemsWithAll(Answers answers) {
    List<AnswerError> all = new ArrayList<>();
    for (Question question : Question.values()) {
      if (answers.needed(question)) {
        all.addAll(problemsWith(question, answers));
      }
    }
    return all;
  }

  /**
   * Sends the request to intake (channel ONLINE) and confirms it, once: the outbox key is the
   * request's reference. A confirmation Notify cannot take now is logged and not retried; the page
   * still shows the reference, which is what the message would have said.
   */
  Confirmation submit(Answers answers) {
    IntakeCommand command = answers.toCommand();
    IntakeResult result = intake.submit(command, answers.unreadable());
    String sentBy = confirm(result.reference(), answers);
    String priority = null;
    if (result.status() == RequestStatus.AWAITING_VOLUNTEER) {
      priority = intake.findByReference(result.reference())
          .map(request -> request.getPriority() == null ? null : request.getPriority().name()).orElse(null);
    }
    // Out of the area: the resident's own council, as intake tells every channel.
    IntakeResult.Signpost signpost = result.signpost();
    return new Confirmation(result.reference(), result.status().name(), answers.forSelf(), priority,
        result.attachedToReference(), signpost == null ? null : signpost.council(),
        signpost == null ? null : signpost.website(), directoryUrl, sentBy);
  }

  private String confirm(String reference, Answers answers) {
    String email = answers.forSelf() ? answers.given("email") : answers.given("helperEmail");
    String phone = answers.forSelf() ? answers.given("phone") : answers.given("helperPhone");
    Channel channel = email != null ? Channel.EMAIL : phone != null && MOBILE.matcher(phone).matches() ? Channel.SMS : null;
    if (channel == null) {
      return null;
    }
    try {
      notify.send(new OutboundMessage("ask-for-help-confirmation-" + reference, channel,
          channel == Channel.EMAIL ? "ask-for-help-confirmation-email" : "ask-for-help-confirmation-sms",
          "request:" + reference, channel == Channel.EMAIL ? email : phone,
          Map.of("council", councilName, "reference", reference)));
      // With hub.notify.enabled=false the message is only recorded: the page must not say it was sent.
      return !messagesAreSent ? null : channel == Channel.EMAIL ? "email" : "text message";
    } catch (RuntimeException notSent) {
      log.warn("The confirmation of request {} could not be sent: {}", reference, notSent.getMessage());
      return null;
    }
  }

  /** The questions only this channel asks: who is asking, and how long the notes may be. */
  private List<FieldError> ownProblems(Question question, Answers answers) {
    List<FieldError> errors = new ArrayList<>();
    switch (question) {
      case WHO -> {
        String asking = answers.given("asking");
        if (!Answers.FOR_SELF.equals(asking) && !Answers.FOR_SOMEONE_ELSE.equals(asking)) {
          errors.add(new FieldError("asking", "Choose whether you are asking for yourself or for someone else"));
        }
      }
      case ABOUT_YOU -> {
        required(errors, answers, "helperName", "Enter your name");
        required(errors, answers, "helperRelationship", "Enter how you know them, for example neighbour or daughter");
        tooLong(errors, answers, "helperName", 100, "Your name must be 100 characters or fewer");
        tooLong(errors, answers, "helperRelationship", 100, "How you know them must be 100 characters or fewer");
        List.of("helperName", "helperRelationship", "helperPhone", "helperEmail").forEach(field -> {
          if (answers.given(field) != null && CONTROL_CHARACTER.matcher(answers.given(field)).find()) {
            errors.add(new FieldError(field, "Type this again using only letters, numbers and punctuation"));
          }
        });
        // The same checks intake makes of the resident's phone and email.
        if (answers.given("helperPhone") != null
            && !validator.validateValue(IntakeCommand.class, "phone", answers.given("helperPhone")).isEmpty()) {
          errors.add(new FieldError("helperPhone",
              "Enter a UK phone number, for example 01744 123456 or 07700 900123"));
        }
        if (answers.given("helperEmail") != null
            && (!validator.validateValue(IntakeCommand.class, "email", answers.given("helperEmail")).isEmpty()
                || answers.given("helperEmail").length() > 254)) {
          errors.add(new FieldError("helperEmail", "Enter an email address in the right format, like name@example.com"));
        }
      }
      case HELP -> tooLong(errors, answers, "notes", NOTES_MAX,
          "Anything else must be " + String.format("%,d", NOTES_MAX) + " characters or fewer");
      default -> { }
    }
    return errors;
  }

  private static void required(List<FieldError> errors, Answers answers, String field, String message) {
    if (answers.given(field) == null) {
      errors.add(new FieldError(field, message));
    }
  }

  private static void tooLong(List<FieldError> errors, Answers answers, String field, int max, String message) {
    if (answers.given(field) != null && answers.given(field).length() > max) {
      errors.add(new FieldError(field, message));
    }
  }

  /** One problem a field: the first found (this channel's own, then intake's). */
  private static List<FieldError> dropRepeats(List<FieldError> errors) {
    List<FieldError> once = new ArrayList<>();
    for (FieldError error : errors) {
      if (once.stream().noneMatch(kept -> kept.field().equals(error.field()))) {
        once.add(error);
      }
    }
    return once;
  }
}
