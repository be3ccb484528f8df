package org.communityhub.platform.validation;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * /engine-rest's answer when a form Tasklist submitted is refused by the hub (starting 'Helpline
 * intake', completing a task): Camunda would say "Cannot instantiate process definition
 * helpline-intake:1:…: …" or "Cannot submit task form …". Tasklist shows "message" to the user,
 * so it says only what to correct, each field by its label on the form ("Postcode: is not a UK
 * postcode, for example WA10 1AA"); "errors" lists the fields by key for scripts. Every other
 * error is answered as Camunda answers it. Camunda's own mapper for RestException has the same
 * distance to the exception; Jersey tries mappers in @Priority order, so this one comes first.
 */
@Priority(1)
public class PlainFormErrors implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    InvalidInputException invalid = invalidInput(exception);
    if (invalid == null) {
      return camunda.toResponse(exception);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidInputException");
    body.put("message", message(invalid.errors()));
    body.put("errors", invalid.errors().stream().map(error -> Map.of("field", error.field(),
        "label", FormLabels.of(error.field()), "message", error.message())).toList());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** "Please correct the form. Postcode: is not a UK postcode, for example WA10 1AA. Phone: …" */
  static String message(List<FieldError> errors) {
    return "Please correct the form. " + errors.stream()
        .map(error -> FormLabels.of(error.field()) + ": " + error.message() + ".")
        .collect(Collectors.joining(" "));
  }

  private static InvalidInputException invalidInput(Throwable exception) {
    for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    return null;
  }
}
