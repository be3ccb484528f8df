package org.communityhub.privacy;

import java.util.Map;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** For data-protection officers: erase the resident a request is about (right to erasure). */
@RestController
class ErasureController {

  private final ErasureService erasure;
  private final IntakeService intake;

  ErasureController(ErasureService erasure, IntakeService intake) {
    this.erasure = erasure;
    this.intake = intake;
  }

  record ErasureRequest(String reason) {}

  @PostMapping("/api/staff/erasures")
  Map<String, Object> erase(@RequestParam String reference, @RequestBody(required = false) ErasureRequest body,
      Authentication officer) {
    if (body == null || body.reason() == null || body.reason().isBlank() || body.reason().length() > 500) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "reason: say why the data is erased (up to 500 characters)");
    }
    HelpRequest request = intake.findByReference(reference.trim())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No request " + reference));
    int requests = erasure.erase(request.getResidentId(), body.reason().trim(), officer.getName());
    return Map.of("erasedRequests", requests);
  }

  @ExceptionHandler(ResidentHasOpenRequestException.class)
  ProblemDetail stillOpen(ResidentHasOpenRequestException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }
}
