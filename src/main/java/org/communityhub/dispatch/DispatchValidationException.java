package org.communityhub.dispatch;

/** A coordinator's form input the hub cannot act on; the task stays open. */
public class DispatchValidationException extends RuntimeException {

  public DispatchValidationException(String field, String message) {
    super(field + ": " + message);
  }
}
