package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.communityhub.intake.Need;
import org.communityhub.organisations.NewOrganisation;
import org.communityhub.organisations.OrganisationService;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 'Allocate manually' gives a request to an organisation that offered help: its capacity is taken
 * and never overbooked, the coordinator records the organisation's outcome, the request closes.
 */
@HubIntegrationTest
class OrganisationAllocationTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired DispatchFixture fixture;
  @Autowired OrganisationService organisations;
  @Autowired TestRestTemplate rest;

  TestArea area;
  String name;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    area = fixture.newArea();
    name = "Van Co " + System.nanoTime();
    organisations.record(new NewOrganisation(name, "BUSINESS", "Sam", "01632 960999", null,
        List.of("SHOPPING", "DRIVING"), 1, List.of(area.home())));
  }

  @Test
  void anOrganisationTakesTheRequestUsesItsPlaceAndTheCoordinatorRecordsTheOutcome() {
    String reference = fixture.request(area, Need.FOOD); // no volunteers in this area
    ProcessInstance run = fixture.awaitDispatchAt(reference, "Task_AllocateManually");
    Task allocate = task(run);
    assertThat((String) taskService.getVariableLocal(allocate.getId(), "organisationChoices"))
        .contains(name, "1 of 1 places free", "01632 960999");

    completeAsCoordinator(allocate, Map.of("allocation", "ASSIGN_ORGANISATION", "organisationName", name.toUpperCase()));

    assertThat(run).isWaitingAt("Task_RecordOrganisationOutcome");
    assertThat(task(run)).hasCandidateGroup("volunteer-coordinators");
    assertThat(taskService.getVariableLocal(task(run).getId(), "organisationName")).isEqualTo(name);
    assertThat(capacityLeft()).isZero();
    assertThat(fixture.jdbc.queryForMap("select a.assigned_by, t.status from organisation_assignment a"
        + " join volunteer_task t on t.id = a.task_id join help_request r on r.id = t.request_id where r.reference = ?",
        reference)).containsEntry("assigned_by", "coordinator").containsEntry("status", "ORGANISATION");

    assertThatThrownBy(() -> completeAsCoordinator(task(run), Map.of("outcome", "MAYBE")))
        .hasMessageContaining("outcome");
    completeAsCoordinator(task(run), Map.of("outcome", "DONE", "outcomeNotes", "Delivered Tuesday"));

    assertThat(run).isEnded().hasPassed("Task_SaveOrganisationOutcome", "Task_CloseRequest");
    assertThat(fixture.requestStatus(reference)).isEqualTo("CLOSED");
    assertThat(capacityLeft()).as("the place is free again").isEqualTo(1);
    assertThat(fixture.historyService.createHistoricVariableInstanceQuery().processInstanceId(run.getId())
        .variableName("outcomeNotes").count()).as("notes about the resident stay out of the process").isZero();
  }

  @Test
  void aFullOrAWrongOrganisationIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
    ProcessInstance first = fixture.awaitDispatchAt(fixture.request(area, Need.FOOD), "Task_AllocateManually");
    ProcessInstance second = fixture.awaitDispatchAt(fixture.request(area, Need.FOOD), "Task_AllocateManually");
    completeAsCoordinator(task(first), Map.of("allocation", "ASSIGN_ORGANISATION", "organisationName", name));

    assertThat((String) taskService.getVariableLocal(task(second).getId(), "organisationChoices"))
        .as("listed when the task was created, before the place went").contains(name);
    assertThatThrownBy(() -> completeAsCoordinator(task(second),
        Map.of("allocation", "ASSIGN_ORGANISATION", "organisationName", name)))
        .hasMessageContaining("organisationName").hasMessageContaining("no place free");
    assertThatThrownBy(() -> completeAsCoordinator(task(second),
        Map.of("allocation", "ASSIGN_ORGANISATION", "organisationName", "Nobody Ltd")))
        .hasMessageContaining("organisationName: no organisation has this name");
    assertThat(second).isWaitingAt("Task_AllocateManually");
    assertThat(capacityLeft()).isZero();

    TestArea elsewhere = fixture.newArea();
    ProcessInstance other = fixture.awaitDispatchAt(fixture.request(elsewhere, Need.FOOD), "Task_AllocateManually");
    assertThatThrownBy(() -> completeAsCoordinator(task(other),
        Map.of("allocation", "ASSIGN_ORGANISATION", "organisationName", name)))
        .hasMessageContaining("does not serve " + elsewhere.home());
  }

  @Test
  void twoCoordinatorsTakingTheLastPlaceAtOnceCannotOverbook() throws Exception {
    ProcessInstance first = fixture.awaitDispatchAt(fixture.request(area, Need.FOOD), "Task_AllocateManually");
    ProcessInstance second = fixture.awaitDispatchAt(fixture.request(area, Need.FOOD), "Task_AllocateManually");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Boolean>> results = new ArrayList<>();
    for (ProcessInstance run : List.of(first, second)) {
      String taskId = task(run).getId();
      results.add(pool.submit((Callable<Boolean>) () -> {
        start.await();
        try {
          taskService.complete(taskId, Map.of("allocation", "ASSIGN_ORGANISATION", "organisationName", name));
          return true;
        } catch (RuntimeException e) {
          return false;
        }
      }));
    }
    start.countDown();
    int won = 0;
    for (Future<Boolean> result : results) {
      won += result.get() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(won).isEqualTo(1);
    assertThat(capacityLeft()).isZero();
    assertThat(fixture.jdbc.queryForObject("select count(*) from organisation_assignment a join organisation o"
        + " on o.id = a.organisation_id where o.name = ?", Long.class, name)).isEqualTo(1L);
  }

  @Test
  void coordinatorsRecordAndListOrganisationsThroughTheStaffApi() {
    String body = """
        {"name": "Corner Shop %s", "kind": "SHOP", "contactPhone": "01632 960123", "offers": ["SHOPPING"],
         "capacity": 4, "districts": ["%s"]}""".formatted(System.nanoTime(), area.home());
    ResponseEntity<String> created = call("coordinator", HttpMethod.POST, body);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(created.getBody()).contains("\"capacityLeft\":4", area.home());
    assertThat(call("coordinator", HttpMethod.GET, null).getBody()).contains(name);

    ResponseEntity<String> bad = call("coordinator", HttpMethod.POST,
        body.replace("\"SHOP\"", "\"SHED\"").replace("Corner Shop", "Other Shop"));
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody()).contains("\"field\":\"kind\"");
    assertThat(fixture.jdbc.queryForObject("select count(*) from organisation where name like 'Other Shop%'", Long.class))
        .isZero();
    assertThat(call("callhandler", HttpMethod.GET, null).getStatusCode().value()).isEqualTo(403);
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange("/api/staff/organisations", method, new HttpEntity<>(body, headers),
        String.class);
  }

  private int capacityLeft() {
    return fixture.jdbc.queryForObject("select capacity_left from organisation where name = ?", Integer.class, name);
  }

  private void completeAsCoordinator(Task task, Map<String, Object> variables) {
    identityService.setAuthentication("coordinator", List.of("volunteer-coordinators"));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
