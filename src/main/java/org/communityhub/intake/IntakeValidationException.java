package org.communityhub.intake;

import java.util.List;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.platform.validation.InvalidInputException;

/** A request for help that cannot be recorded as given: nothing is stored, the fields are named. */
public class IntakeValidationException extends InvalidInputException {

  public IntakeValidationException(List<FieldError> errors) {
    super("Please correct the request: ", errors);
  }
}
