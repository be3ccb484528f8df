package org.communityhub.volunteers;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Volunteer details the hub cannot accept. A BadUserRequestException, so a coordinator's Tasklist
 * form answers 400 naming the field and the task stays open; the staff API lists the fields.
 */
public class VolunteerValidationException extends BadUserRequestException {

  private final transient List<FieldProblem> problems;

  public VolunteerValidationException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public VolunteerValidationException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
