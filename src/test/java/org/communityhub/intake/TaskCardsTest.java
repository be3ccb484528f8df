package org.communityhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityhub.eligibility.Priority;
import org.communityhub.security.StaffAccessInitializer;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasklist items that say which is which (issue #12): a task's name carries the request's
 * reference and key facts, its due date and priority follow the promise, the team filter shows
 * the facts on each card, forms get words instead of codes, and a refused start form says in plain
 * English which field to correct.
 */
@HubIntegrationTest
class TaskCardsTest {

  @Autowired IntakeService intake;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired ManagementService management;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Test
  void reviewEligibilityIsNamedAfterItsRequestAndDueByThePromiseOfTheUrgencyGiven() {
    String reference = intake.submit(aRequest().youngAndNotVulnerable().needs(Need.FOOD, Need.PRESCRIPTIONS)
        .urgency(Urgency.SOON).postcode("WA10 1AA").build()).reference();

    Task review = taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Task_ReviewEligibility").singleResult();

    assertThat(review.getName())
        .isEqualTo("Review eligibility: " + reference + " (St Helens town centre (WA10), asked for within 48 hours)");
    assertThat(review.getDueDate().toInstant()).isEqualTo(Priority.P2.dueBy(review.getCreateTime().toInstant()));
    assertThat(review.getPriority()).isEqualTo(Priority.P2.taskPriority());
    assertThat(taskService.getVariablesLocal(review.getId()))
        .containsEntry("cardReference", reference)
        .containsEntry("cardDistrict", "St Helens town centre (WA10)")
        .containsEntry("needsInWords", "Food and shopping, Prescriptions and medicines")
        .containsEntry("urgencyInWords", "In the next two days");
  }

  @Test
  void anUrgentRequestIsDueTheSameDayAndComesFirst() {
    String reference = intake.submit(aRequest().youngAndNotVulnerable().needs(Need.FOOD).urgency(Urgency.URGENT)
        .build()).reference();

    Task review = taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Task_ReviewEligibility").singleResult();

    assertThat(review.getName()).startsWith("Review eligibility: " + reference).endsWith("asked for same day)");
    assertThat(review.getDueDate().toInstant()).isEqualTo(Priority.P1.dueBy(review.getCreateTime().toInstant()));
    assertThat(review.getPriority()).isGreaterThan(Priority.P2.taskPriority());
  }

  @Test
  void obtainConsentNamesTheRequestAndThePartnerWithTheReferralsPriority() {
    String reference = intake.submit(aRequest().needs(Need.HOUSING).consentToShare(false).build()).reference();
    Jobs.awaitDueJobs(management);

    Task consent = taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey("Task_ObtainConsent").singleResult();
    String priority = (String) taskService.getVariable(consent.getId(), "priority");

    assertThat(consent.getName()).startsWith("Obtain consent to share: " + reference + " (")
        .contains("Housing").contains(priority + ": " + Priority.valueOf(priority).promise());
    assertThat(consent.getDueDate().toInstant())
        .isEqualTo(Priority.valueOf(priority).dueBy(consent.getCreateTime().toInstant()));
  }

  @Test
  void theTeamFilterShowsTheFactsOnEachCard() {
    Map<String, Object> properties = filterService.createFilterQuery()
        .filterName(StaffAccessInitializer.TEAM_TASKS_FILTER).singleResult().getProperties();

    List<Object> names = ((List<?>) properties.get("variables")).stream().map(v -> ((Map<?, ?>) v).get("name"))
        .map(Object.class::cast).toList();
    assertThat(names).containsExactly("cardReference", "cardDistrict", "cardPriority");
  }

  @Test
  void aRefusedStartFormSaysWhichFieldsToCorrectInPlainEnglish() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String variables = """
        {"firstName": {"value": "Ann"}, "lastName": {"value": "Lee"}, "dateOfBirth": {"value": "31/02/1950"},
         "addressLine1": {"value": "1 High Street"}, "town": {"value": "St Helens"}, "postcode": {"value": "not one"},
         "phone": {"value": "01744 123456"}, "needFood": {"value": true}, "urgency": {"value": "SOON"},
         "supportNetworkAvailable": {"value": "false"}}""";

    ResponseEntity<String> refused = rest.withBasicAuth("callhandler", "demo").exchange(
        "/engine-rest/process-definition/key/helpline-intake/submit-form", HttpMethod.POST,
        new HttpEntity<>("{\"variables\": " + variables + "}", headers), String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody())
        .contains("Postcode: is not a UK postcode, for example WA10 1AA")
        .contains("Date of birth: is not a date; use DD/MM/YYYY")
        .doesNotContain("Cannot instantiate").doesNotContain("helpline-intake:").doesNotContain("pattern");
    assertThat(jdbc.queryForObject("select count(*) from resident where first_name = 'Ann' and last_name = 'Lee'",
        Long.class)).as("nothing stored").isZero();
  }
}
