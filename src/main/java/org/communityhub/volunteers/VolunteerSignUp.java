package org.communityhub.volunteers;

import org.springframework.stereotype.Service;

/**
 * An offer of help typed in by a coordinator (staff desk): checked field by field as the staff API
 * checks it, then registered as APPLIED with onboarding started; nothing is stored when a field is wrong.
 */
@Service
public class VolunteerSignUp {

  private final VolunteerApplicationValidator validator;
  private final VolunteerService volunteers;

  VolunteerSignUp(VolunteerApplicationValidator validator, VolunteerService volunteers) {
    this.validator = validator;
    this.volunteers = volunteers;
  }

  /** The new volunteer's id; a VolunteerValidationException names every field that is wrong. */
  public long signUp(VolunteerApplication application) {
    VolunteerApplicationValidator.Result result = validator.validate(application);
    if (!result.valid()) {
      throw new VolunteerValidationException(result.problems());
    }
    return volunteers.apply(result.volunteer());
  }

  /** Checks only: the problems with an offer of help, every field that is wrong (empty: it would be accepted). */
  public java.util.List<org.communityhub.platform.validation.FieldError> check(VolunteerApplication application) {
    return validator.validate(application).problems();
  }

  /** As {@link #signUp(VolunteerApplication)}, with the times of day the person is free. */
  public long signUp(VolunteerApplication application, java.util.Set<TimeOfDay> timesOfDay) {
    VolunteerApplicationValidator.Result result = validator.validate(application);
    if (!result.valid()) {
      throw new VolunteerValidationException(result.problems());
    }
    return volunteers.apply(result.volunteer(), timesOfDay);
  }
}
