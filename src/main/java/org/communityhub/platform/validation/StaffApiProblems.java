package org.communityhub.platform.validation;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff APIs answer bad input and missing things as RFC 9457 problem details, as the partner API
 * does (its own advice, partnerapi.ApiProblems, comes first for its controllers).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class StaffApiProblems {

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Please correct the request");
    problem.setProperty("errors", e.errors().stream()
        .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
    return problem;
  }

  @ExceptionHandler(ResponseStatusException.class)
  ProblemDetail status(ResponseStatusException e) {
    return ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason());
  }
}
