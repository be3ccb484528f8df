package org.communityhub.volunteers;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * The DBS check a set of roles needs. The rule lives in one place, volunteer-dbs-requirement.dmn,
 * which a process owner can change: onboarding evaluates it as a business rule task, dispatch asks
 * here for the latest version by key.
 */
@Service
public class DbsRequirement {

  private final DecisionService decisions;

  DbsRequirement(DecisionService decisions) {
    this.decisions = decisions;
  }

  public DbsLevel requiredFor(Set<Skill> skills) {
    String chosen = skills.stream().map(Skill::name).sorted().collect(Collectors.joining(","));
    Object level = decisions.evaluateDecisionTableByKey(OnboardingVariables.DBS_DECISION_KEY)
        .variables(Variables.createVariables().putValue(OnboardingVariables.SKILLS, chosen))
        .evaluate().getSingleResult().getEntry(OnboardingVariables.DBS_REQUIRED);
    return DbsLevel.valueOf((String) level);
  }
}
