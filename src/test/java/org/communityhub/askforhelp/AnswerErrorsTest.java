package org.communityhub.askforhelp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.communityhub.platform.validation.FieldError;
import org.junit.jupiter.api.Test;

/** Intake's messages, which speak of "the resident", worded for the person asking: "your", or "their". */
class AnswerErrorsTest {

  private static final List<FieldError> INTAKE = List.of(
      new FieldError("postcode", "enter the postcode"),
      new FieldError("firstName", "size must be between 0 and 100"),
      new FieldError("phone", "give a phone number or an email address so the hub can contact the resident"),
      new FieldError("email", "give a phone number or an email address so the hub can contact the resident"),
      new FieldError("town", "enter the town"));

  @Test
  void problemsAreWordedForThePersonAskingAndOnlyThePagesOwnAreShown() {
    assertThat(AnswerErrors.forPage(Question.ADDRESS, INTAKE, true)).containsExactly(
        new AnswerError("town", "Enter your town or city"), new AnswerError("postcode", "Enter your postcode"));
    assertThat(AnswerErrors.forPage(Question.ADDRESS, INTAKE, false)).containsExactly(
        new AnswerError("town", "Enter their town or city"), new AnswerError("postcode", "Enter their postcode"));
    assertThat(AnswerErrors.forPage(Question.NAME, INTAKE, true)).containsExactly(
        new AnswerError("firstName", "First name must be 100 characters or fewer"));
  }

  @Test
  void aProblemAboutTwoFieldsIsInTheSummaryOnce() {
    List<AnswerError> contact = AnswerErrors.forPage(Question.CONTACT, INTAKE, false);

    assertThat(contact).hasSize(2).allMatch(error -> error.message()
        .equals("Give a phone number or an email address so we can contact them"));
    assertThat(AnswerErrors.onceEach(contact)).extracting(AnswerError::field).containsExactly("phone");
  }
}
