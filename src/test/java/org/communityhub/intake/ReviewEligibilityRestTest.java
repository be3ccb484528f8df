package org.communityhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.util.List;
import java.util.Map;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 'Review eligibility' completed through /engine-rest, as Tasklist does: a missing reason or a
 * choice the form does not offer is a 400 naming the field, and the task stays open (it was a 500).
 */
@HubIntegrationTest
class ReviewEligibilityRestTest {

  @Autowired IntakeService intake;
  @Autowired TestRestTemplate rest;

  @Test
  void aReviewWithoutAReasonOrWithAnUnknownChoiceIsRefusedWith400AndTheTaskStaysOpen() {
    String reference = intake.submit(aRequest().youngAndNotVulnerable().needs(Need.FOOD).build()).reference();
    String task = reviewTask(reference);

    ResponseEntity<String> noReason = complete(task, """
        {"reviewOutcome": {"value": "VOLUNTEER"}, "reviewPriority": {"value": "P2"}}""");
    ResponseEntity<String> badChoice = complete(task, """
        {"reviewOutcome": {"value": "TELEPORT"}, "reviewPriority": {"value": "P2"},
         "reviewReason": {"value": "Needs shopping"}}""");

    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("reviewReason");
    assertThat(badChoice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badChoice.getBody()).contains("reviewOutcome");
    assertThat(reviewTask(reference)).as("still open").isEqualTo(task);

    assertThat(complete(task, """
        {"reviewOutcome": {"value": "SIGNPOST"}, "reviewPriority": {"value": "P3"},
         "reviewReason": {"value": "Asked about bin collections"}}""").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String reviewTask(String reference) {
    List<Map<String, Object>> tasks = rest.withBasicAuth("officer", "demo").exchange(
        "/engine-rest/task?maxResults=10&taskDefinitionKey=Task_ReviewEligibility&processInstanceBusinessKey="
            + reference, HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .getBody();
    assertThat(tasks).hasSize(1);
    return (String) tasks.get(0).get("id");
  }

  private ResponseEntity<String> complete(String taskId, String variables) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("officer", "demo").exchange("/engine-rest/task/" + taskId + "/complete",
        HttpMethod.POST, new HttpEntity<>("{\"variables\": " + variables + "}", headers), String.class);
  }
}
