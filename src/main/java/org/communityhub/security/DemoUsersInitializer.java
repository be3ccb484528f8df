package org.communityhub.security;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.springframework.core.annotation.Order;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Demo staff, one per group, password "demo". Never in the production profile. */
@Component
@Order(20)
@ConditionalOnProperty(name = "hub.demo-users.enabled", havingValue = "true")
public class DemoUsersInitializer extends AbstractProcessEnginePlugin {

  static final String DEMO_PASSWORD = "demo";
  static final String OPERATIONS = "operations";
  private static final Logger log = LoggerFactory.getLogger(DemoUsersInitializer.class);
  private static final Map<String, StaffGroups> DEMO_USERS = Map.of(
      "callhandler", StaffGroups.CALL_HANDLERS,
      "officer", StaffGroups.ELIGIBILITY_OFFICERS,
      "coordinator", StaffGroups.VOLUNTEER_COORDINATORS,
      "dutymanager", StaffGroups.DUTY_MANAGERS,
      "processowner", StaffGroups.PROCESS_OWNERS,
      "dpo", StaffGroups.DATA_PROTECTION);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identityService = engine.getIdentityService();
    DEMO_USERS.forEach((userId, group) -> {
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        User user = identityService.newUser(userId);
        user.setFirstName("Demo");
        user.setLastName(group.displayName());
        user.setEmail(userId + "@demo.invalid");
        user.setPassword(DEMO_PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(userId, group.id());
        log.info("Created demo user {} in {}", userId, group.id());
      }
    });
    createOperationsUser(identityService);
  }

  /** "operations" in the group hub.operations.groups names by default: reads /actuator/prometheus. */
  private static void createOperationsUser(IdentityService identityService) {
    if (identityService.createGroupQuery().groupId(OPERATIONS).count() == 0) {
      Group group = identityService.newGroup(OPERATIONS);
      group.setName("Operations");
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
    if (identityService.createUserQuery().userId(OPERATIONS).count() == 0) {
      User user = identityService.newUser(OPERATIONS);
      user.setFirstName("Demo");
      user.setLastName("Operations");
      user.setEmail(OPERATIONS + "@demo.invalid");
      user.setPassword(DEMO_PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(OPERATIONS, OPERATIONS);
      log.info("Created demo user {} in {}", OPERATIONS, OPERATIONS);
    }
  }
}
