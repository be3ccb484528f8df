package org.communityhub.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.communityhub.platform.validation.FieldError;
import org.springframework.stereotype.Component;

/** Checks a request before anything is stored: Bean Validation plus the rules across fields. */
@Component
class IntakeValidator {

  private static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1900, 1, 1);
  /** Control characters other than tab and line breaks, which notes may hold. */
  private static final Pattern CONTROL_CHARACTER = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");
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
    textFields(command).forEach((field, value) -> {
      if (value != null && CONTROL_CHARACTER.matcher(value).find()) {
        // A NUL or other control character cannot be stored (PostgreSQL refuses it) and is never typed.
        addUnlessReported(errors, field, "contains a character that cannot be stored: type it again using only"
            + " letters, numbers and punctuation");
      }
    });
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

  private static Map<String, String> textFields(IntakeCommand command) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("firstName", command.firstName());
    fields.put("lastName", command.lastName());
    fields.put("phone", command.phone());
    fields.put("email", command.email());
    fields.put("addressLine1", command.addressLine1());
    fields.put("addressLine2", command.addressLine2());
    fields.put("town", command.town());
    fields.put("postcode", command.postcode());
    fields.put("notes", command.notes());
    fields.put("submittedBy", command.submittedBy());
    return fields;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
