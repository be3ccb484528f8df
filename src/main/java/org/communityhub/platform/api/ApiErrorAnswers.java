package org.communityhub.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Spring MVC's own refusals (no such address, wrong method, a body that is not JSON, JSON not
 * accepted) as problem details in plain words, on the partner and staff APIs only: pages keep
 * their error pages, so anything else is passed on unchanged. The features' own advice
 * (partnerapi's ApiProblems, StaffApiProblems) answer their own exceptions.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class ApiErrorAnswers {

  @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
  ResponseEntity<ProblemDetail> notFound(Exception e, HttpServletRequest request) throws Exception {
    return answer(e, request, HttpStatus.NOT_FOUND, "not-found", "Not found",
        "There is nothing at this address. Check it against the API document.", new HttpHeaders());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e,
      HttpServletRequest request) throws Exception {
    String allowed = e.getSupportedHttpMethods() == null ? ""
        : e.getSupportedHttpMethods().stream().map(Object::toString).sorted().collect(Collectors.joining(" or "));
    return answer(e, request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
        "This address does not take " + e.getMethod() + (allowed.isEmpty() ? "." : ". Use " + allowed + "."),
        e.getHeaders());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> unsupportedBody(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
      throws Exception {
    return answer(e, request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Body not in JSON",
        "Send the body as JSON, with the header Content-Type: application/json.", e.getHeaders());
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
      throws Exception {
    return answer(e, request, HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Answer only in JSON",
        "This address answers in JSON only: send Accept: application/json (errors come as"
            + " application/problem+json).", new HttpHeaders());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request)
      throws Exception {
    return answer(e, request, HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
        "The request body is missing or is not valid JSON of the shape the API document gives.", new HttpHeaders());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e,
      HttpServletRequest request) throws Exception {
    return invalid(e, request, e.getParameterName(), "is required");
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request)
      throws Exception {
    return invalid(e, request, e.getHeaderName(), "is a required header");
  }

  @ExceptionHandler(ServletRequestBindingException.class)
  ResponseEntity<ProblemDetail> binding(ServletRequestBindingException e, HttpServletRequest request)
      throws Exception {
    return answer(e, request, HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
        "A parameter or header the address needs is missing.", new HttpHeaders());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request)
      throws Exception {
    return invalid(e, request, e.getName(), "has an invalid value");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
      throws Exception {
    return answer(e, request, HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Body too large",
        "The body is larger than the hub accepts.", new HttpHeaders());
  }

  private static ResponseEntity<ProblemDetail> invalid(Exception e, HttpServletRequest request, String field,
      String message) throws Exception {
    ResponseEntity<ProblemDetail> answer = answer(e, request, HttpStatus.BAD_REQUEST, "invalid-request",
        "Invalid request", field + ": " + message, new HttpHeaders());
    answer.getBody().setProperty("errors", List.of(Map.of("field", field, "message", message)));
    return answer;
  }

  /** The problem on the APIs; elsewhere the exception goes on to Spring's usual handling. */
  private static ResponseEntity<ProblemDetail> answer(Exception e, HttpServletRequest request, HttpStatus status,
      String type, String title, String detail, HttpHeaders headers) throws Exception {
    if (!ApiProblemResponses.isApi(request)) {
      throw e;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(ApiProblemResponses.TYPES + type));
    problem.setTitle(title);
    try {
      problem.setInstance(URI.create(request.getRequestURI()));
    } catch (IllegalArgumentException notAUri) {
      // the address itself is the problem; the answer says so without repeating it
    }
    HttpHeaders answerHeaders = new HttpHeaders();
    answerHeaders.addAll(headers);
    answerHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return ResponseEntity.status(status).headers(answerHeaders).body(problem);
  }
}
