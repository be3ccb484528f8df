package org.communityhub.intake;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.communityhub.platform.VariableValues;
import org.communityhub.platform.validation.FieldError;

/** Reads routing variables in delegates; unreadable enum values become field errors. */
final class ProcessVariables {

  private ProcessVariables() {}

  static long requestId(VariableScope scope) {
    return VariableValues.id(scope, IntakeVariables.REQUEST_ID);
  }

  static String text(VariableScope scope, String name) {
    return VariableValues.text(scope, name);
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
