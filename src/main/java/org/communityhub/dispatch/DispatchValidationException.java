package org.communityhub.dispatch;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A coordinator's form input the hub cannot act on. A BadUserRequestException, like intake's
 * validation, so Tasklist and the REST API answer 400 with the field and the task stays open.
 */
public class DispatchValidationException extends BadUserRequestException {

  public DispatchValidationException(String field, String message) {
    super(field + ": " + message);
  }
}
