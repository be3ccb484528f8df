package org.communityhub.volunteers;

/** No volunteer has this id. */
public class VolunteerNotFoundException extends RuntimeException {

  public VolunteerNotFoundException(long volunteerId) {
    super("No volunteer " + OnboardingVariables.reference(volunteerId));
  }
}
