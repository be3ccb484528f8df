package org.communityhub.rules;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Process owners: see what a changed decision would have decided for past requests, then deploy
 * it (the same checks as Modeler) or simply not. The file is uploaded each time; nothing is kept.
 */
@RestController
@RequestMapping("/api/staff/rules/{decisionKey}")
class RulesController {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private final RulePreviewService previews;

  RulesController(RulePreviewService previews) {
    this.previews = previews;
  }

  /** from/to are dates (YYYY-MM-DD, UK time), to inclusive; the default is the last 90 days. */
  @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  RulePreview preview(@PathVariable String decisionKey, @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) throws IOException {
    return previews.preview(decisionKey, file.getOriginalFilename(), file.getBytes(), startOf(from),
        to == null ? null : startOf(to.plusDays(1)));
  }

  @PostMapping(path = "/deploy", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Map<String, Object>> deploy(@PathVariable String decisionKey, @RequestPart("file") MultipartFile file,
      Authentication user) throws IOException {
    DeploymentWithDefinitions deployment = previews.deploy(decisionKey, file.getOriginalFilename(), file.getBytes(), user.getName());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("deployed", deployment != null && !deployment.getDeployedDecisionDefinitions().isEmpty());
    body.put("deploymentId", deployment == null ? null : deployment.getId());
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }

  @ExceptionHandler(DeploymentRefusedException.class)
  ResponseEntity<Map<String, Object>> refused(DeploymentRefusedException refused) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(DeploymentRefusedMapper.body(refused));
  }

  private static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(UK).toInstant();
  }
}
