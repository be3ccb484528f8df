package org.communityhub.volunteers;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * For volunteer coordinators (HTTP Basic, group volunteer-coordinators): record an offer of help
 * (starts onboarding), import a sign-up list from CSV, look a volunteer up, record a new DBS
 * check, and record that a volunteer left.
 */
@RestController
@RequestMapping("/api/staff/volunteers")
class VolunteersController {

  private final VolunteerService volunteers;
  private final DbsCheckService dbsChecks;
  private final VolunteerApplicationValidator validator;
  private final VolunteerCsvImport csvImport;

  VolunteersController(VolunteerService volunteers, DbsCheckService dbsChecks, VolunteerApplicationValidator validator,
      VolunteerCsvImport csvImport) {
    this.volunteers = volunteers;
    this.dbsChecks = dbsChecks;
    this.validator = validator;
    this.csvImport = csvImport;
  }

  record Applied(long id, String reference, VolunteerStatus status) {}

  record DbsCheck(String level, String issuedOn) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Applied> apply(@RequestBody VolunteerApplication application) {
    VolunteerApplicationValidator.Result result = validator.validate(application);
    if (!result.valid()) {
      throw new VolunteerValidationException(result.problems());
    }
    long id = volunteers.apply(result.volunteer());
    return ResponseEntity.created(URI.create("/api/staff/volunteers/" + id))
        .body(new Applied(id, OnboardingVariables.reference(id), VolunteerStatus.APPLIED));
  }

  @GetMapping("/{id}")
  VolunteerDetails details(@PathVariable long id) {
    return volunteers.details(id).orElseThrow(() -> new VolunteerNotFoundException(id));
  }

  @PostMapping("/{id}/dbs-checks")
  VolunteerDetails newDbsCheck(@PathVariable long id, @RequestBody DbsCheck check) {
    dbsChecks.recordNewDbsCheck(id, check.level(), check.issuedOn());
    return details(id);
  }

  @PostMapping("/{id}/leave")
  VolunteerDetails leave(@PathVariable long id) {
    volunteers.leave(id);
    return details(id);
  }

  /** The CSV as the request body (text/csv). */
  @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  VolunteerCsvImport.Report importCsv(@RequestBody String csv) {
    return csvImport.importCsv(new StringReader(csv));
  }

  /** The CSV as an uploaded file (multipart/form-data, part 'file'). */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  VolunteerCsvImport.Report importCsvFile(@RequestPart("file") MultipartFile file) throws IOException {
    try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      return csvImport.importCsv(reader);
    }
  }

  @ExceptionHandler(VolunteerCsvImport.UnreadableFileException.class)
  ProblemDetail unreadable(VolunteerCsvImport.UnreadableFileException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Unreadable CSV file");
    problem.setProperty("errors", List.of(Map.of("field", "file", "message", e.getMessage())));
    return problem;
  }

  @ExceptionHandler(VolunteerNotFoundException.class)
  ProblemDetail notFound(VolunteerNotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }
}
