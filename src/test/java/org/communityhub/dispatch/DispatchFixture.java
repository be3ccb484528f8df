package org.communityhub.dispatch;

import static org.awaitility.Awaitility.await;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityhub.intake.IntakeCommandBuilder;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.volunteers.VolunteerService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Requests, volunteers and waiting for the job executor, for the dispatch tests. */
@Component
class DispatchFixture {

  static final Duration PATIENCE = Duration.ofSeconds(60);

  final RuntimeService runtimeService;
  final ManagementService managementService;
  final HistoryService historyService;
  final IntakeService intake;
  final VolunteerService volunteers;
  final JdbcTemplate jdbc;

  DispatchFixture(RuntimeService runtimeService, ManagementService managementService, HistoryService historyService,
      IntakeService intake, VolunteerService volunteers, JdbcTemplate jdbc) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.historyService = historyService;
    this.intake = intake;
    this.volunteers = volunteers;
    this.jdbc = jdbc;
  }

  TestArea newArea() {
    return TestArea.create(jdbc);
  }

  long volunteer(VolunteerBuilder builder) {
    return volunteers.register(builder.build());
  }

  /** A vulnerable resident in the area's home district asks for help: intake sends it to dispatch. */
  String request(TestArea area, Need... needs) {
    return request(aRequest().postcode(area.postcode()).needs(needs));
  }

  String request(IntakeCommandBuilder command) {
    return intake.submit(command.build()).reference();
  }

  ProcessInstance dispatchOf(String reference) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(DispatchVariables.PROCESS_KEY)
        .processInstanceBusinessKey(reference).singleResult();
  }

  /** Waits for the asynchronous steps until the dispatch of this request waits at the activity. */
  ProcessInstance awaitDispatchAt(String reference, String activityId) {
    await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
      ProcessInstance dispatch = dispatchOf(reference);
      return dispatch != null && runtimeService.getActiveActivityIds(dispatch.getId()).contains(activityId);
    });
    return dispatchOf(reference);
  }

  /** The volunteer the request's dispatch is waiting on, once the offer has gone out. */
  long awaitOfferedVolunteer(String reference) {
    ProcessInstance dispatch = awaitDispatchAt(reference, "Gateway_OfferAnswer");
    return volunteerOfOffer(offerId(dispatch));
  }

  /** The offer the dispatch made last; -1 while it is searching and has none. */
  long offerId(ProcessInstance dispatch) {
    Object offer = runtimeService.getVariable(dispatch.getId(), DispatchVariables.OFFER_ID);
    return offer == null ? -1 : ((Number) offer).longValue();
  }

  long volunteerOfOffer(long offerId) {
    return jdbc.queryForObject("select volunteer_id from volunteer_offer where id = ?", Long.class, offerId);
  }

  String offerStatus(long offerId) {
    return jdbc.queryForObject("select status from volunteer_offer where id = ?", String.class, offerId);
  }

  String requestStatus(String reference) {
    return jdbc.queryForObject("select status from help_request where reference = ?", String.class, reference);
  }

  /** A timer is never due during a test: run it as if its time had come. */
  void fireTimer(ProcessInstance dispatch, String timerId) {
    List<Job> timers = managementService.createJobQuery().processInstanceId(dispatch.getId()).timers()
        .activityId(timerId).list();
    if (timers.size() != 1) {
      throw new AssertionError("expected one " + timerId + " timer, found " + timers.size());
    }
    managementService.executeJob(timers.get(0).getId());
  }

  boolean ended(String reference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count() == 0;
  }

  /** The path of the link in the offer message sent to this volunteer (the latest one). */
  String offerLinkPath(long volunteerId) {
    String personalisation = jdbc.queryForList("select personalisation from notification_outbox where recipient = ?"
        + " order by id desc", String.class, "volunteer:" + volunteerId).get(0);
    try {
      String link = new com.fasterxml.jackson.databind.ObjectMapper().readTree(personalisation).path("link").asText();
      return java.net.URI.create(link).getPath();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  Map<String, Object> task(long taskId) {
    return jdbc.queryForMap("select * from volunteer_task where id = ?", taskId);
  }
}
