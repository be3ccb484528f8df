package org.communityhub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cockpit is not offered to duty managers (README "Staff desk", "Duty managers"): its dashboard
 * counts every team's open tasks, which Camunda allows only with READ on all tasks, so a duty
 * manager would meet a permission error there. They get the desk's overdue page instead.
 */
@HubIntegrationTest
class DutyManagerCockpitTest {

  private static final List<String> DUTY_MANAGERS = List.of(StaffGroups.DUTY_MANAGERS.id());

  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine engine;

  @Test
  void dutyManagersMayNotOpenCockpitButProcessOwnersMay() {
    assertThat(mayOpenCockpit("dutymanager", DUTY_MANAGERS)).isFalse();
    assertThat(mayOpenCockpit("processowner", List.of(StaffGroups.PROCESS_OWNERS.id()))).isTrue();
    assertThat(authorizations.isUserAuthorized("dutymanager", DUTY_MANAGERS, Permissions.ACCESS, Resources.APPLICATION,
        "tasklist")).as("Tasklist stays theirs").isTrue();
  }

  /** Why: Cockpit's dashboard asks for this report, and it needs READ on every task. */
  @Test
  void cockpitsTaskCountsByTeamWouldBeRefusedToADutyManager() {
    identity.setAuthentication("dutymanager", DUTY_MANAGERS);
    try {
      assertThatThrownBy(() -> tasks.createTaskReport().taskCountByCandidateGroup())
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void theCockpitGrantEarlierVersionsGaveDutyManagersIsTakenBackAtStart() {
    Authorization earlier = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    earlier.setGroupId(StaffGroups.DUTY_MANAGERS.id());
    earlier.setResource(Resources.APPLICATION);
    earlier.setResourceId("cockpit");
    earlier.addPermission(Permissions.ALL);
    authorizations.saveAuthorization(earlier);
    assertThat(mayOpenCockpit("dutymanager", DUTY_MANAGERS)).isTrue();

    new StaffAccessInitializer().postProcessEngineBuild(engine); // what every start runs

    assertThat(mayOpenCockpit("dutymanager", DUTY_MANAGERS)).isFalse();
  }

  private boolean mayOpenCockpit(String user, List<String> groups) {
    return authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "cockpit");
  }
}
