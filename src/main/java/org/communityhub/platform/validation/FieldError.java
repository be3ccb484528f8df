package org.communityhub.platform.validation;

/**
 * One thing wrong with what someone entered: the field, as the form or API names it, and what to
 * do about it in plain English ("enter a date of birth as DD/MM/YYYY"). The one field-error type
 * of every entry point: partner API, staff API, Tasklist forms.
 */
public record FieldError(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
