package org.communityhub.rules;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /engine-rest's answer to a refused deployment: 400 with RFC 9457 problem details listing each
 * problem. "message" repeats the detail because Camunda Modeler shows that field to the user.
 */
@Provider
public class DeploymentRefusedMapper implements ExceptionMapper<DeploymentRefusedException> {

  static final String TYPE = "https://communityhub.org/problems/deployment-refused";

  @Override
  public Response toResponse(DeploymentRefusedException refused) {
    return Response.status(Response.Status.BAD_REQUEST).type("application/problem+json").entity(body(refused)).build();
  }

  static Map<String, Object> body(DeploymentRefusedException refused) {
    List<Map<String, String>> problems = refused.problems().stream().map(problem -> {
      Map<String, String> item = new LinkedHashMap<>();
      item.put("file", problem.file());
      if (problem.element() != null) {
        item.put("element", problem.element());
      }
      item.put("problem", problem.problem());
      return item;
    }).toList();
    String detail = "Nothing was deployed; the live version stays live. " + String.join(" ",
        refused.problems().stream().map(DeploymentProblem::toString).toList());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE);
    body.put("title", "The deployment was refused");
    body.put("status", 400);
    body.put("detail", detail);
    body.put("message", detail);
    body.put("problems", problems);
    return body;
  }
}
