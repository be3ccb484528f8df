package org.communityhub.intake;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads routing variables in delegates; unreadable enum values become field errors. */
final class ProcessVariables {

  private ProcessVariables() {}

  static long requestId(VariableScope scope) {
    return ((Number) scope.getVariable(IntakeVariables.REQUEST_ID)).longValue();
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  static <E extends Enum<E>> E enumValue(VariableScope scope, String name, Class<E> type, List<FieldError> errors) {
    String text = text(scope, name);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.UK));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(name, "is not one of the choices"));
      return null;
    }
  }
}
