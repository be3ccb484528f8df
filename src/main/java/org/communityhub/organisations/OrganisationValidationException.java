package org.communityhub.organisations;

import org.communityhub.platform.validation.InvalidInputException;

/** Input about an organisation the hub cannot act on: the task or call changes nothing, the field is named. */
public class OrganisationValidationException extends InvalidInputException {

  public OrganisationValidationException(String field, String message) {
    super(field, message);
  }
}
