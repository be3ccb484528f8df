package org.communityhub.platform.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input the hub cannot act on, with every field that needs correcting. The one validation
 * exception family of every entry point. A FormFieldValidationException, because that is what
 * Camunda's REST API answers with 400 on both starting a process and completing a task (a
 * BadUserRequestException is a 500 on task complete), and the transaction stores nothing; the
 * partner and staff APIs answer it as RFC 9457 problem details listing the fields.
 */
public class InvalidInputException extends FormFieldValidationException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    this("", errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  /** @param lead what comes before the list of fields in the message, e.g. "Please correct the request: " */
  protected InvalidInputException(String lead, List<FieldError> errors) {
    super(errors.isEmpty() ? "input" : errors.get(0).field(),
        lead + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
