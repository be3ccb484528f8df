package org.communityhub.rules;

/**
 * One reason a deployment is refused, in words a process owner can act on.
 *
 * @param file the resource name, e.g. "processes/eligibility.dmn"
 * @param element the id of the element or rule at fault (Rule_03, Task_SendOffer), or null for the whole file
 * @param problem what is wrong and what to do, in plain English
 */
public record DeploymentProblem(String file, String element, String problem) {

  @Override
  public String toString() {
    return file + (element == null ? "" : " (" + element + ")") + ": " + problem;
  }
}
