package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.dispatch.VolunteerBuilder.livingIn;

import java.sql.Timestamp;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reports (issue 14) read when a request's response reached each step from the request itself, not
 * from Camunda's history: dispatch records the first offer, the assignment and the help given on the
 * request as they happen, through the real process, once each; the promise's due time is set with the
 * priority.
 */
@HubIntegrationTest
class ResponseTimesRecordedTest {

  @Autowired ProcessEngine engine;
  @Autowired OfferService offers;
  @Autowired OutcomeService outcomes;
  @Autowired DispatchFixture fixture;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void theFirstOfferAssignmentAndHelpGivenAreRecordedOnTheRequestInOrder() {
    TestArea area = fixture.newArea();
    fixture.volunteer(livingIn(area.home()));
    String reference = fixture.request(area, Need.FOOD);
    fixture.awaitOfferedVolunteer(reference);
    ProcessInstance run = fixture.dispatchOf(reference);

    Map<String, Object> offered = times(reference);
    assertThat(offered.get("first_offered_at")).isNotNull();
    assertThat(offered.get("due_by")).as("the priority's promise").isNotNull();
    assertThat(offered.get("assigned_at")).isNull();

    assertThat(offers.accept(fixture.offerId(run))).isEqualTo(AnswerResult.TAKEN);
    assertThat(times(reference).get("assigned_at")).isNotNull();
    assertThat(times(reference).get("helped_at")).isNull();

    assertThat(outcomes.reportOutcome(fixture.offerId(run), Outcome.DONE, null)).isEqualTo(AnswerResult.TAKEN);
    Map<String, Object> helped = times(reference);
    Timestamp received = (Timestamp) helped.get("created_at");
    Timestamp first = (Timestamp) helped.get("first_offered_at");
    Timestamp assigned = (Timestamp) helped.get("assigned_at");
    Timestamp help = (Timestamp) helped.get("helped_at");
    assertThat(help).isNotNull();
    assertThat(received).isBeforeOrEqualTo(first);
    assertThat(first).isBeforeOrEqualTo(assigned);
    assertThat(assigned).isBeforeOrEqualTo(help);
    assertThat(first).as("the first offer is kept").isEqualTo(offered.get("first_offered_at"));
    assertThat(helped.get("closed_at")).isNotNull();
  }

  private Map<String, Object> times(String reference) {
    return fixture.jdbc.queryForMap("select created_at, due_by, first_offered_at, assigned_at, helped_at, closed_at"
        + " from help_request where reference = ?", reference);
  }
}
