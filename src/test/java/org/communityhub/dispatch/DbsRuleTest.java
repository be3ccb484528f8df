package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.DbsRequirement;
import org.communityhub.volunteers.Skill;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The DBS check a task needs comes from volunteer-dbs-requirement.dmn, the rule onboarding uses:
 * when a process owner changes the decision, dispatch follows without a code change.
 */
@HubIntegrationTest
class DbsRuleTest {

  @Autowired DbsRequirement dbsRequirement;
  @Autowired RepositoryService repository;
  @Autowired DispatchFixture fixture;

  @Test
  void theDecisionTableSaysWhichCheckTheRolesNeed() {
    assertThat(dbsRequirement.requiredFor(EnumSet.of(Skill.SHOPPING, Skill.BEFRIENDING))).isEqualTo(DbsLevel.ENHANCED);
    assertThat(dbsRequirement.requiredFor(EnumSet.of(Skill.DRIVING))).isEqualTo(DbsLevel.BASIC);
    assertThat(dbsRequirement.requiredFor(EnumSet.of(Skill.DIGITAL_HELP, Skill.SHOPPING))).isEqualTo(DbsLevel.BASIC);
    assertThat(dbsRequirement.requiredFor(EnumSet.of(Skill.SHOPPING, Skill.PRESCRIPTION_COLLECTION)))
        .isEqualTo(DbsLevel.NONE);
    assertThat(dbsRequirement.requiredFor(EnumSet.noneOf(Skill.class))).isEqualTo(DbsLevel.NONE);
  }

  @Test
  void whenAProcessOwnerRaisesTheCheckForDrivingDispatchAsksForItOnTheNextTask() throws Exception {
    String dmn = Files.readString(Path.of("processes/volunteer-dbs-requirement.dmn"));
    String stricter = dmn.replace(
        "<outputEntry id=\"Rule_Driving_Out1\"><text>&quot;BASIC&quot;</text>",
        "<outputEntry id=\"Rule_Driving_Out1\"><text>&quot;ENHANCED&quot;</text>");
    assertThat(stricter).isNotEqualTo(dmn);
    Deployment changed = repository.createDeployment().name("stricter DBS rule for driving")
        .addString("volunteer-dbs-requirement.dmn", stricter).deploy();
    try {
      String lift = fixture.request(fixture.newArea(), Need.TRANSPORT);

      assertThat(requiredDbsOfTaskFor(lift)).isEqualTo("ENHANCED");
    } finally {
      repository.deleteDeployment(changed.getId(), true);
    }
    assertThat(dbsRequirement.requiredFor(EnumSet.of(Skill.DRIVING))).isEqualTo(DbsLevel.BASIC);
  }

  private String requiredDbsOfTaskFor(String reference) {
    String sql = "select t.required_dbs from volunteer_task t join help_request r on r.id = t.request_id"
        + " where r.reference = ?";
    await().atMost(DispatchFixture.PATIENCE).until(() -> !fixture.jdbc.queryForList(sql, String.class, reference)
        .isEmpty());
    List<String> levels = fixture.jdbc.queryForList(sql, String.class, reference);
    return levels.get(0);
  }
}
