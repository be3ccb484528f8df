package org.communityhub.eligibility;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityhub.rules.DecisionContract;
import org.springframework.stereotype.Component;

/** What intake can act on from eligibility.dmn: refused at deployment if a rule gives anything else. */
@Component
class EligibilityDecisionContract implements DecisionContract {

  @Override
  public String decisionKey() {
    return EligibilityDecision.RULES_KEY;
  }

  @Override
  public Map<String, Set<String>> allowedOutputValues() {
    return Map.of(
        "outcome", names(EligibilityOutcome.values()),
        "priority", names(Priority.values()),
        "partnerType", names(PartnerType.values()));
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }
}
