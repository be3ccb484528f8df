package org.communityhub.partnerapi;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.communityhub.platform.validation.InvalidInputException;
import org.communityhub.referrals.ReferralNotFoundException;
import org.communityhub.referrals.ReferralStateException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the partner API as RFC 9457 problem details, naming the field and the rule. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {HelpRequestsController.class, ReferralsController.class,
    PartnerAdminController.class, WebhookController.class})
class ApiProblems {

  private static final String TYPES = "https://communityhub.org/problems/";

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    List<Map<String, String>> errors = e.errors().stream()
        .map(error -> Map.of("field", SubmissionMapper.apiField(error.field()), "message", error.message()))
        .toList();
    return invalidRequest(errors);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = path(mapping);
      String message = mapping instanceof UnrecognizedPropertyException ? "is not a field of this request"
          : mapping instanceof InvalidFormatException format && format.getTargetType() == java.time.LocalDate.class
              ? "is not a date; use YYYY-MM-DD"
              : "has the wrong type";
      return invalidRequest(List.of(Map.of("field", field, "message", message)));
    }
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
        "The request body is missing or is not valid JSON.");
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
    return invalidRequest(List.of(Map.of("field", e.getName(), "message", "has an invalid value")));
  }

  @ExceptionHandler({NotFoundException.class, ReferralNotFoundException.class})
  ProblemDetail notFound(RuntimeException e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  @ExceptionHandler(ReferralStateException.class)
  ProblemDetail conflict(ReferralStateException e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "referral-state", "Not possible in the referral's state",
        e.getMessage());
    problem.setProperty("referralStatus", e.getStatus());
    return problem;
  }

  @ExceptionHandler(IdempotencyKeyReusedException.class)
  ProblemDetail keyReused(IdempotencyKeyReusedException e) {
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency-Key reused", e.getMessage());
  }

  /**
   * The database is unreachable (restarting, failing over): a clear 503 the partner can retry
   * after a while, rather than a 500. Nothing was stored, because the transaction never committed.
   */
  @ExceptionHandler({DataAccessException.class, TransactionException.class, ProcessEngineException.class})
  ResponseEntity<ProblemDetail> databaseFailure(RuntimeException e) {
    if (causedByLostConnection(e)) {
      return unavailable();
    }
    throw e;
  }

  /** Anywhere in the chain: no connection to be had, or the one in use died (SQL state class 08). */
  static boolean causedByLostConnection(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLTransientConnectionException
          || cause instanceof java.sql.SQLNonTransientConnectionException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof org.hibernate.exception.JDBCConnectionException
          || cause instanceof java.net.SocketException
          || (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08"))
          // Hikari's answer when a rollback meets a connection that already died
          || (cause instanceof java.sql.SQLException && "Connection is closed".equals(cause.getMessage()))) {
        return true;
      }
    }
    return false;
  }

  static final String DATABASE_UNAVAILABLE = "The hub cannot reach its database just now. Nothing was stored;"
      + " please retry in a minute (with the same Idempotency-Key).";
  static final String RETRY_AFTER_SECONDS = "30";

  private static ResponseEntity<ProblemDetail> unavailable() {
    ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
        DATABASE_UNAVAILABLE);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .body(problem);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
  }

  private static ProblemDetail invalidRequest(List<Map<String, String>> errors) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
        errors.stream().map(e -> e.get("field") + ": " + e.get("message")).collect(Collectors.joining("; ")));
    problem.setProperty("errors", errors);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPES + type));
    problem.setTitle(title);
    return problem;
  }

  /** resident.address.postcode, needs[2] */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
