package org.communityhub.organisations;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For volunteer coordinators: record organisations' offers of help and list them with places free. */
@RestController
@RequestMapping("/api/staff/organisations")
class OrganisationsController {

  private final OrganisationService organisations;

  OrganisationsController(OrganisationService organisations) {
    this.organisations = organisations;
  }

  @PostMapping
  ResponseEntity<Organisation> record(@RequestBody NewOrganisation organisation) {
    long id = organisations.record(organisation);
    return ResponseEntity.created(URI.create("/api/staff/organisations/" + id)).body(organisations.find(id).orElseThrow());
  }

  @GetMapping
  List<Organisation> list() {
    return organisations.all();
  }

  @GetMapping("/{id}")
  ResponseEntity<Organisation> one(@PathVariable long id) {
    return organisations.find(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
  }
}
