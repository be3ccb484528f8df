package org.communityhub.platform;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the ids and texts delegates find in process variables (the same rules in every feature). */
public final class VariableValues {

  private VariableValues() {}

  public static long id(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("Process variable " + name + " should be an id, was " + value);
    }
    return number.longValue();
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
