package org.communityhub.rules;

import java.util.Map;
import java.util.Set;

/**
 * What the Java code that uses a decision accepts from it: for each output, the values it can act
 * on. Declared by the feature that consumes the decision (a Spring bean), checked at every
 * deployment so that a typo such as "SIGNPOTS" is refused instead of stopping intake.
 */
public interface DecisionContract {

  /** The decision's key (its id in the DMN file). */
  String decisionKey();

  /** Output name → the values the consumer understands. An output not named here is free text. */
  Map<String, Set<String>> allowedOutputValues();
}
