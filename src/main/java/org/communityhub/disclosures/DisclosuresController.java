package org.communityhub.disclosures;

import java.util.List;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * For data-protection officers (HTTP Basic, Camunda identity, group data-protection-officers):
 * every disclosure of the data of the resident a request is about.
 */
@RestController
class DisclosuresController {

  private final DisclosureService disclosures;
  private final IntakeService intake;

  DisclosuresController(DisclosureService disclosures, IntakeService intake) {
    this.disclosures = disclosures;
    this.intake = intake;
  }

  @GetMapping("/api/staff/disclosures")
  List<DisclosureView> forResidentOf(@RequestParam String reference) {
    HelpRequest request = intake.findByReference(reference.trim())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No request " + reference));
    return disclosures.forResident(request.getResidentId());
  }
}
