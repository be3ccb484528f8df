package org.communityhub.volunteers;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityhub.rules.DecisionContract;
import org.springframework.stereotype.Component;

/** What onboarding can act on from volunteer-dbs-requirement.dmn: one of the DBS levels. */
@Component
class DbsRequirementDecisionContract implements DecisionContract {

  static final String DECISION_KEY = "volunteer-dbs-requirement";

  @Override
  public String decisionKey() {
    return DECISION_KEY;
  }

  @Override
  public Map<String, Set<String>> allowedOutputValues() {
    return Map.of("dbsRequired", Arrays.stream(DbsLevel.values()).map(Enum::name)
        .collect(Collectors.toUnmodifiableSet()));
  }
}
