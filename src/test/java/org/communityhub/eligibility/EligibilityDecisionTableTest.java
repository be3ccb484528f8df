package org.communityhub.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of processes/eligibility.dmn, evaluated by Camunda's DMN engine on the real file.
 * Each case names the rule it must hit (by the rule's description, which is also the reason the
 * hub records); a final check proves every rule was hit by some case.
 */
class EligibilityDecisionTableTest {

  private static DmnDecision decision;
  private static DmnEngine engine;
  private static Map<String, String> ruleIdByReason;
  private static final Set<String> rulesHit = new HashSet<>();

  @BeforeAll
  static void parseTheRealFile() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("processes/eligibility.dmn")) {
      decision = engine.parseDecision("eligibility", in);
    }
    try (InputStream in = new FileInputStream("processes/eligibility.dmn")) {
      DmnModelInstance model = Dmn.readModelFromStream(in);
      ruleIdByReason = model.getModelElementsByType(Rule.class).stream()
          .collect(Collectors.toMap(r -> r.getDescription().getTextContent(), Rule::getId));
    }
  }

  @ParameterizedTest(name = "{8}: {0} {1} needs={6} urgency={7} -> {9} {10} {11}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      # inArea | age | shielding | disability | selfIsolating | network | needs | urgency | rule | outcome | priority | partnerType
      false | 80 | true  | false | false | false | FOOD                    | URGENT  | Rule_01 | SIGNPOST  | P3 | null
      true  | 80 | false | false | false | false | HOUSING,FOOD            | URGENT  | Rule_02 | REFER     | P1 | HOUSING_PROVIDER
      true  | 40 | false | false | false | true  | HOUSING                 | SOON    | Rule_03 | REFER     | P2 | HOUSING_PROVIDER
      true  | 30 | false | false | false | true  | MENTAL_HEALTH           | URGENT  | Rule_04 | REFER     | P1 | NHS
      true  | 75 | false | false | false | false | BEFRIENDING,MENTAL_HEALTH | ROUTINE | Rule_05 | REFER   | P2 | NHS
      true  | 50 | false | false | false | false | FINANCIAL_HARDSHIP,FOOD | URGENT  | Rule_06 | REFER     | P1 | FOOD_BANK
      true  | 50 | false | false | false | true  | FOOD,FINANCIAL_HARDSHIP | ROUTINE | Rule_07 | REFER     | P2 | FOOD_BANK
      true  | 50 | false | false | false | false | FINANCIAL_HARDSHIP      | SOON    | Rule_08 | REFER     | P2 | VOLUNTARY_SECTOR
      true  | 82 | true  | false | false | false | OTHER                   | URGENT  | Rule_09 | REVIEW    | P2 | null
      true  | 85 | true  | true  | false | true  | FOOD                    | URGENT  | Rule_10 | SIGNPOST  | P3 | null
      true  | 45 | false | false | false | false | FOOD                    | URGENT  | Rule_11 | REVIEW    | P3 | null
      true  | 70 | false | false | false | false | PRESCRIPTIONS           | URGENT  | Rule_12 | VOLUNTEER | P1 | null
      true  | 30 | true  | false | false | false | FOOD,DIGITAL            | URGENT  | Rule_12 | VOLUNTEER | P1 | null
      true  | 40 | false | true  | false | false | TRANSPORT               | SOON    | Rule_13 | VOLUNTEER | P2 | null
      true  | 25 | false | false | true  | false | FOOD                    | SOON    | Rule_13 | VOLUNTEER | P2 | null
      true  | 90 | false | false | false | false | BEFRIENDING             | ROUTINE | Rule_14 | VOLUNTEER | P3 | null
      true  | 90 | false | false | false | false | BEFRIENDING             | null    | Rule_15 | REVIEW    | P2 | null
      """)
  void decides(boolean inArea, int age, boolean shielding, boolean disability, boolean selfIsolating,
      boolean supportNetworkAvailable, String needs, String urgency, String expectedRule,
      String outcome, String priority, String partnerType) {
    VariableMap facts = Variables.createVariables()
        .putValue("inArea", inArea).putValue("age", age).putValue("shielding", shielding)
        .putValue("disability", disability).putValue("selfIsolating", selfIsolating)
        .putValue("supportNetworkAvailable", supportNetworkAvailable)
        .putValue("needs", needs).putValue("urgency", urgency);

    DmnDecisionResultEntries result = engine.evaluateDecision(decision, facts).getSingleResult();

    assertThat((String) result.get("outcome")).isEqualTo(outcome);
    assertThat((String) result.get("priority")).isEqualTo(priority);
    assertThat((String) result.get("partnerType")).isEqualTo(partnerType);
    String reason = (String) result.get("reason");
    assertThat(ruleIdByReason.get(reason)).as("rule that decided: %s", reason).isEqualTo(expectedRule);
    rulesHit.add(expectedRule);
  }

  @AfterAll
  static void everyRuleIsCovered() {
    assertThat(rulesHit).containsExactlyInAnyOrderElementsOf(ruleIdByReason.values());
  }
}
