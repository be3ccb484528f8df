package org.communityhub.dispatch;

import org.communityhub.platform.validation.InvalidInputException;

/** A coordinator's form input dispatch cannot act on: the task stays open, the field is named. */
public class DispatchValidationException extends InvalidInputException {

  public DispatchValidationException(String field, String message) {
    super(field, message);
  }
}
