package org.communityhub.intake;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A request that cannot be recorded as given. A BadUserRequestException, so Camunda's REST API
 * (and Tasklist's start form) answer 400 with this message, and the transaction stores nothing.
 */
public class IntakeValidationException extends BadUserRequestException {

  private final List<FieldError> errors;

  public IntakeValidationException(List<FieldError> errors) {
    super("Please correct the request: "
        + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> getErrors() {
    return errors;
  }
}
