package org.communityhub.dispatch;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads dispatch's id variables in delegates. */
final class Variables {

  private Variables() {}

  static long id(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("Process variable " + name + " should be an id, was " + value);
    }
    return number.longValue();
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
