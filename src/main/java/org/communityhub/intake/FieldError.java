package org.communityhub.intake;

/** One problem with one input field, in words a call handler or partner developer can act on. */
public record FieldError(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
