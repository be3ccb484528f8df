package org.communityhub.organisations;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input about an organisation the hub cannot act on. A FormFieldValidationException, so a
 * coordinator's Tasklist form answers 400 naming the field and the task stays open.
 */
public class OrganisationValidationException extends FormFieldValidationException {

  private final String field;
  private final String problem;

  public OrganisationValidationException(String field, String message) {
    super(field, field + ": " + message);
    this.field = field;
    this.problem = message;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
