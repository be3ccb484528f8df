package org.communityhub.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communityhub.intake.IntakeService;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * /actuator/prometheus is for operations only, and shows the hub's own metrics beside Camunda's
 * and the JVM's; /actuator/health is for anyone but says only UP or DOWN.
 */
@HubIntegrationTest
class MetricsEndpointTest {

  @Autowired TestRestTemplate rest;
  @Autowired IntakeService intake;

  @Test
  void metricsAreRefusedToAnonymousCallersAndStaffButReadByOperations() {
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("callhandler", "demo").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("operations", "demo").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // a wrong password for someone else (Camunda then delays that user's next sign-in for a few seconds)
    assertThat(rest.withBasicAuth("dutymanager", "wrong").getForEntity("/actuator/prometheus", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theHubsMetricsCountWhatHappened() throws Exception {
    double before = value(scrape(), "hub_requests_received_total", "channel=\"phone\"");

    intake.submit(aRequest().build());
    Thread.sleep(31_000); // the counts are read from the database at most every 30 seconds

    String metrics = scrape();
    assertThat(value(metrics, "hub_requests_received_total", "channel=\"phone\"")).isEqualTo(before + 1);
    assertThat(metrics).contains("hub_requests_open{", "hub_tasks_open{", "hub_tasks_overdue{",
        "hub_referrals_past_sla", "hub_offers_waiting", "hub_outbox_messages{", "hub_incidents",
        "hub_jobs_due", "hub_jobs_failed", "jvm_memory_used_bytes", "hikaricp_connections");
  }

  @Test
  void healthIsPublicButSaysNothingMore() {
    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\"}");
  }

  private String scrape() {
    return rest.withBasicAuth("operations", "demo").getForObject("/actuator/prometheus", String.class);
  }

  private static double value(String metrics, String name, String label) {
    Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(label) + "[^}]*} (\\S+)$")
        .matcher(metrics);
    assertThat(line.find()).as(name + " with " + label).isTrue();
    return Double.parseDouble(line.group(1));
  }
}
