package org.communityhub.volunteers;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Volunteer details the hub cannot accept. A FormFieldValidationException: completing a task with
 * it rolls back, so the task stays open, and Camunda's REST API (Tasklist) answers 400 with the
 * field named (a BadUserRequestException would be a 500 there); the staff API lists the fields.
 */
public class VolunteerValidationException extends FormFieldValidationException {

  private final transient List<FieldProblem> problems;

  public VolunteerValidationException(List<FieldProblem> problems) {
    super(problems.get(0).field(), problems.stream().map(p -> p.field() + ": " + p.message())
        .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public VolunteerValidationException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
