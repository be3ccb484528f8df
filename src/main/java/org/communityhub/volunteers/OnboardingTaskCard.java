package org.communityhub.volunteers;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityhub.platform.TaskCards;
import org.communityhub.platform.VariableValues;
import org.springframework.stereotype.Component;

/**
 * On creating an onboarding task ('Verify identity', 'Record DBS check'): names it after the
 * applicant (coordinators may see volunteers' names) with the roles offered in words, and puts
 * the roles and the DBS level needed in words on the task for the forms ("Shopping, Befriending",
 * "Enhanced") instead of the codes the process keeps.
 */
@Component
public class OnboardingTaskCard implements TaskListener {

  /** Task-local, for the forms: the roles offered and the DBS level they need, in words. */
  static final String SKILLS_IN_WORDS = "skillsInWords";
  static final String DBS_REQUIRED_IN_WORDS = "dbsRequiredInWords";

  private final VolunteerService volunteers;

  OnboardingTaskCard(VolunteerService volunteers) {
    this.volunteers = volunteers;
  }

  @Override
  public void notify(DelegateTask task) {
    long volunteerId = VariableValues.id(task, OnboardingVariables.VOLUNTEER_ID);
    String reference = VariableValues.text(task, OnboardingVariables.VOLUNTEER_REFERENCE);
    String applicant = volunteers.fullName(volunteerId).orElse(reference);
    String skills = skillsInWords(VariableValues.text(task, OnboardingVariables.SKILLS));
    String dbsRequired = VariableValues.text(task, OnboardingVariables.DBS_REQUIRED);
    TaskCards.describe(task, applicant, Arrays.asList(reference, skills));
    TaskCards.showOnCard(task, reference, null, null);
    task.setVariableLocal(SKILLS_IN_WORDS, skills);
    if (dbsRequired != null) {
      task.setVariableLocal(DBS_REQUIRED_IN_WORDS, DbsLevel.valueOf(dbsRequired).words());
    }
  }

  /** "BEFRIENDING,SHOPPING" → "Befriending, Shopping"; an unknown code is shown as it is. */
  static String skillsInWords(String codes) {
    if (codes == null) {
      return "";
    }
    return Arrays.stream(codes.split(",")).map(String::trim).filter(code -> !code.isEmpty())
        .map(code -> Arrays.stream(Skill.values()).filter(s -> s.name().equals(code.toUpperCase(Locale.UK)))
            .findFirst().map(Skill::words).orElse(code))
        .collect(Collectors.joining(", "));
  }
}
