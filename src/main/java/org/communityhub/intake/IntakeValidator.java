package org.communityhub.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.communityhub.platform.validation.FieldError;
import org.springframework.stereotype.Component;

/** Checks a request before anything is stored: Bean Validation plus the rules across fields. */
@Component
class IntakeValidator {

  private static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1900, 1, 1);
  private final Validator validator;

  IntakeValidator(Validator validator) {
    this.validator = validator;
  }

  /**
   * @param unreadable fields whose values could not even be read (a date that is not a date);
   *     reported as they are, in place of any other error on the same field
   */
  void validateOrThrow(IntakeCommand command, List<FieldError> unreadable) {
    List<FieldError> errors = new ArrayList<>(unreadable);
    for (ConstraintViolation<IntakeCommand> violation : validator.validate(command)) {
      addUnlessReported(errors, violation.getPropertyPath().toString(), violation.getMessage());
    }
    if (command.dateOfBirth() != null && command.dateOfBirth().isBefore(EARLIEST_DATE_OF_BIRTH)) {
      addUnlessReported(errors, "dateOfBirth", "must be after 1 January 1900");
    }
    if (isBlank(command.phone()) && isBlank(command.email())) {
      String message = "give a phone number or an email address so the hub can contact the resident";
      addUnlessReported(errors, "phone", message);
      addUnlessReported(errors, "email", message);
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field));
      throw new IntakeValidationException(errors);
    }
  }

  private static void addUnlessReported(List<FieldError> errors, String field, String message) {
    if (errors.stream().noneMatch(e -> e.field().equals(field))) {
      errors.add(new FieldError(field, message));
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
