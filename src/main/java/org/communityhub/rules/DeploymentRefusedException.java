package org.communityhub.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A deployment that would break the hub. Thrown before anything is stored, so the live version
 * stays live; /engine-rest answers it with 400 problem details ({@link DeploymentRefusedMapper}).
 */
public class DeploymentRefusedException extends ProcessEngineException {

  private final transient List<DeploymentProblem> problems;

  public DeploymentRefusedException(List<DeploymentProblem> problems) {
    super("The deployment was refused: " + problems.stream().map(DeploymentProblem::toString)
        .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<DeploymentProblem> problems() {
    return problems;
  }
}
