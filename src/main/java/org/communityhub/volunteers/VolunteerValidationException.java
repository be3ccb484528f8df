package org.communityhub.volunteers;

import java.util.List;
import org.communityhub.platform.validation.FieldError;
import org.communityhub.platform.validation.InvalidInputException;

/** Volunteer details the hub cannot accept: nothing is stored, the fields are named. */
public class VolunteerValidationException extends InvalidInputException {

  public VolunteerValidationException(List<FieldError> problems) {
    super(problems);
  }

  public VolunteerValidationException(String field, String message) {
    super(field, message);
  }
}
