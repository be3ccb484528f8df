package org.communityhub.dispatch;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A coordinator's form input the hub cannot act on. A FormFieldValidationException, so completing
 * the task rolls back (it stays open) and Tasklist / the REST API answer 400 with the field; a
 * BadUserRequestException thrown while completing a task is a 500 in Camunda's REST API.
 */
public class DispatchValidationException extends FormFieldValidationException {

  public DispatchValidationException(String field, String message) {
    super(field, field + ": " + message);
  }
}
