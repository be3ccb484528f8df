package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.communityhub.dispatch.VolunteerBuilder.livingIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.communityhub.volunteers.DbsCheckService;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.Skill;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a volunteer's DBS check expires, dispatch no longer offers them work that needs one (it
 * still offers doorstep work); a new check recorded by a coordinator makes them eligible again.
 */
@HubIntegrationTest
class DbsExpiryDispatchTest {

  @Autowired ProcessEngine engine;
  @Autowired DispatchFixture fixture;
  @Autowired OfferService offers;
  @Autowired DbsCheckService dbsChecks;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void anExpiredDbsCheckKeepsTheVolunteerFromBefriendingUntilANewOneIsRecorded() {
    TestArea area = fixture.newArea();
    // issued three years and a day ago: expired under the default hub.volunteers.dbs-valid-for=P3Y
    long volunteer = fixture.volunteer(livingIn(area.home()).skills(Skill.BEFRIENDING, Skill.SHOPPING)
        .dbs(DbsLevel.ENHANCED, LocalDate.now().minusYears(3).minusDays(1)));

    String befriending = fixture.request(area, Need.BEFRIENDING);
    ProcessInstance run = fixture.awaitDispatchAt(befriending, "Task_AllocateManually");
    assertThat(offersTo(volunteer)).as("never offered DBS-only work").isZero();

    String shopping = fixture.request(area, Need.FOOD);
    assertThat(fixture.awaitOfferedVolunteer(shopping)).as("doorstep work needs no DBS").isEqualTo(volunteer);
    offers.decline(fixture.offerId(fixture.dispatchOf(shopping)));

    dbsChecks.recordNewDbsCheck(volunteer, "ENHANCED", LocalDate.now().minusDays(1).toString());
    identityService.setAuthentication("coordinator", List.of("volunteer-coordinators"));
    try {
      taskService.complete(task(run).getId(), Map.of("allocation", "RERUN_MATCHING"));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(fixture.awaitOfferedVolunteer(befriending)).as("renewed check").isEqualTo(volunteer);
  }

  private long offersTo(long volunteer) {
    return fixture.jdbc.queryForObject("select count(*) from volunteer_offer where volunteer_id = ?", Long.class, volunteer);
  }
}
