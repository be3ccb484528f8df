package org.communityhub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.util.List;
import org.communityhub.intake.IntakeService;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Camunda's administrators may do every staff job on /api/staff, as the README says; others only their own. */
@HubIntegrationTest
class AdminStaffApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired IntakeService intake;

  @Test
  void adminUsesEveryStaffEndpointAndOtherGroupsOnlyTheirOwn() {
    String reference = intake.submit(aRequest().build()).reference();
    String disclosures = "/api/staff/disclosures?reference=" + reference;
    String organisations = "/api/staff/organisations";

    assertThat(status("admin", disclosures)).isEqualTo(HttpStatus.OK);
    assertThat(status("admin", organisations)).isEqualTo(HttpStatus.OK);
    assertThat(status("admin", "/api/staff/partners")).isEqualTo(HttpStatus.OK);

    assertThat(status("dpo", disclosures)).isEqualTo(HttpStatus.OK);
    assertThat(status("coordinator", organisations)).isEqualTo(HttpStatus.OK);
    for (String user : List.of("callhandler", "officer", "dutymanager", "processowner", "coordinator")) {
      assertThat(status(user, disclosures)).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    for (String user : List.of("callhandler", "dpo", "processowner")) {
      assertThat(status(user, organisations)).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void aPathWithNoEndpointIsNotFoundForStaffAndAnEndpointNoRuleNamesStaysRefused() {
    assertThat(status("admin", "/api/staff/no-such-thing")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status("coordinator", "/api/staff/volunteer-list")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/staff/no-such-thing", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // Real endpoints keep their rules: not found is never said of something that is there.
    assertThat(status("callhandler", "/api/staff/partners")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("callhandler", "/api/staff/disclosures")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private HttpStatus status(String user, String path) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value());
  }
}
