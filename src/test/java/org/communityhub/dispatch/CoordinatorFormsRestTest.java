package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.dispatch.VolunteerBuilder.livingIn;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityhub.intake.Need;
import org.communityhub.organisations.NewOrganisation;
import org.communityhub.organisations.OrganisationService;
import org.communityhub.support.EngineRestForms;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The coordinators' dispatch forms completed through /engine-rest, as Tasklist does: a wrong or
 * missing answer is a 400 that names the field, nothing changes and the task stays open; the
 * right answer then completes it.
 */
@HubIntegrationTest
class CoordinatorFormsRestTest {

  @Autowired DispatchFixture fixture;
  @Autowired OfferService offers;
  @Autowired OrganisationService organisations;
  @Autowired TestRestTemplate rest;

  private EngineRestForms coordinator;
  private TestArea area;

  @BeforeEach
  void setUp() {
    coordinator = new EngineRestForms(rest, "coordinator");
    area = fixture.newArea();
  }

  @Test
  void allocateManuallyRefusesAMissingChoiceAndAnUnknownVolunteer() {
    String reference = fixture.request(area, Need.FOOD); // no volunteers here: straight to the coordinator
    fixture.awaitDispatchAt(reference, "Task_AllocateManually");
    String task = coordinator.openTask(reference, "Task_AllocateManually");

    assertRefused(coordinator.complete(task, Map.of()), "allocation");
    assertRefused(coordinator.complete(task, Map.of("allocation", "ASSIGN_VOLUNTEER")), "volunteerEmail");
    assertRefused(coordinator.complete(task, Map.of("allocation", "ASSIGN_VOLUNTEER",
        "volunteerEmail", "nobody-" + System.nanoTime() + "@example.org")), "volunteerEmail");
    assertThat(coordinator.openTask(reference, "Task_AllocateManually")).as("still open").isEqualTo(task);

    long volunteer = fixture.volunteer(livingIn(area.home()));
    String email = fixture.jdbc.queryForObject("select email from volunteer where id = ?", String.class, volunteer);
    assertThat(coordinator.complete(task, Map.of("allocation", "ASSIGN_VOLUNTEER", "volunteerEmail", email))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void chaseVolunteerRefusesAnAnswerTheFormDoesNotOffer() {
    fixture.volunteer(livingIn(area.home()));
    String reference = fixture.request(area, Need.FOOD);
    fixture.awaitOfferedVolunteer(reference);
    ProcessInstance run = fixture.dispatchOf(reference);
    offers.accept(fixture.offerId(run));
    fixture.fireTimer(run, "Timer_ChaseVolunteer");
    String task = coordinator.openTask(reference, "Task_ChaseVolunteer");

    assertRefused(coordinator.complete(task, Map.of("chaseOutcome", "SOMETIME")), "chaseOutcome");
    assertRefused(coordinator.complete(task, Map.of()), "chaseOutcome");
    assertThat(coordinator.openTask(reference, "Task_ChaseVolunteer")).as("still open").isEqualTo(task);

    assertThat(coordinator.complete(task, Map.of("chaseOutcome", "DONE")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void recordOrganisationOutcomeRefusesAWrongOutcomeAndOverlongNotes() {
    String name = "Van Co " + System.nanoTime();
    organisations.record(new NewOrganisation(name, "BUSINESS", "Sam", "01632 960999", null,
        List.of("SHOPPING"), 1, List.of(area.home())));
    String reference = fixture.request(area, Need.FOOD);
    fixture.awaitDispatchAt(reference, "Task_AllocateManually");
    assertThat(coordinator.complete(coordinator.openTask(reference, "Task_AllocateManually"),
        Map.of("allocation", "ASSIGN_ORGANISATION", "organisationName", name)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String task = coordinator.openTask(reference, "Task_RecordOrganisationOutcome");

    assertRefused(coordinator.complete(task, Map.of("outcome", "MAYBE")), "outcome");
    assertRefused(coordinator.complete(task, Map.of("outcome", "DONE", "outcomeNotes", "x".repeat(1001))),
        "outcomeNotes");
    assertThat(coordinator.openTask(reference, "Task_RecordOrganisationOutcome")).as("still open").isEqualTo(task);

    assertThat(coordinator.complete(task, Map.of("outcome", "DONE", "outcomeNotes", "Delivered")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static void assertRefused(ResponseEntity<String> answer, String field) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains(field);
  }
}
