package org.communityhub.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.communityhub.platform.TaskCards;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.springframework.core.annotation.Order;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Creates the staff groups, what each may see and do, and the shared Tasklist filter, in every
 * profile. Idempotent: the embedded database survives restarts.
 *
 * <p>Tasks are visible to a group only through Camunda's default task authorizations, which the
 * engine grants to a task's candidate groups; no group gets READ_TASK on a whole definition.
 */
@Component
@Order(10)
public class StaffAccessInitializer extends AbstractProcessEnginePlugin {

  public static final String TEAM_TASKS_FILTER = "My tasks and my teams' tasks";
  static final String HELPLINE_INTAKE = "helpline-intake";
  static final String PARTNER_REFERRAL = "partner-referral";
  private static final Logger log = LoggerFactory.getLogger(StaffAccessInitializer.class);

  private IdentityService identityService;
  private AuthorizationService authorizationService;
  private FilterService filterService;
  private TaskService taskService;

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    identityService = engine.getIdentityService();
    authorizationService = engine.getAuthorizationService();
    filterService = engine.getFilterService();
    taskService = engine.getTaskService();
    for (StaffGroups group : StaffGroups.values()) {
      createGroupIfMissing(group);
      grant(group, Resources.APPLICATION, "tasklist", ALL);
    }
    grant(StaffGroups.CALL_HANDLERS, Resources.PROCESS_DEFINITION, HELPLINE_INTAKE, READ, CREATE_INSTANCE);
    grant(StaffGroups.CALL_HANDLERS, Resources.PROCESS_DEFINITION, PARTNER_REFERRAL, READ, CREATE_INSTANCE);
    grant(StaffGroups.CALL_HANDLERS, Resources.PROCESS_INSTANCE, "*", CREATE);

    // Process owners change flows and rules; they do not read residents' tasks or history.
    grant(StaffGroups.PROCESS_OWNERS, Resources.APPLICATION, "cockpit", ALL);
    grant(StaffGroups.PROCESS_OWNERS, Resources.DEPLOYMENT, "*", ALL);
    grant(StaffGroups.PROCESS_OWNERS, Resources.PROCESS_DEFINITION, "*", READ, UPDATE, DELETE);
    grant(StaffGroups.PROCESS_OWNERS, Resources.DECISION_DEFINITION, "*", READ, UPDATE);
    grant(StaffGroups.PROCESS_OWNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ);

    // Duty managers read running and finished requests (engine-rest); what is overdue is on the desk's
    // overdue page. Cockpit is not theirs: its dashboard counts every team's tasks, which needs READ on
    // all tasks (and with it every task's variables), so it would show them a permission error. The
    // grant earlier versions made is taken back (a grant to one user in Admin is left alone).
    revoke(StaffGroups.DUTY_MANAGERS, Resources.APPLICATION, "cockpit");
    grant(StaffGroups.DUTY_MANAGERS, Resources.PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY);
    grant(StaffGroups.DUTY_MANAGERS, Resources.PROCESS_INSTANCE, "*", READ);

    createTeamTasksFilter();
  }

  private void createGroupIfMissing(StaffGroups staffGroup) {
    if (identityService.createGroupQuery().groupId(staffGroup.id()).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(staffGroup.id());
    group.setName(staffGroup.displayName());
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
    log.info("Created staff group {}", staffGroup.id());
  }

  private void grant(StaffGroups group, Resource resource, String resourceId, Permission... permissions) {
    boolean exists = authorizationService.createAuthorizationQuery()
        .groupIdIn(group.id()).resourceType(resource).resourceId(resourceId).count() > 0;
    if (exists) {
      return;
    }
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group.id());
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  private void revoke(StaffGroups group, Resource resource, String resourceId) {
    authorizationService.createAuthorizationQuery().groupIdIn(group.id()).resourceType(resource)
        .resourceId(resourceId).list()
        .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
  }

  /**
   * One filter with no criteria: with authorization checks on, it lists exactly the tasks the
   * signed-in user may read — their own and their groups' — and needs no stored-query expressions.
   */
  /**
   * Shown on every task card (Tasklist's filter "variables"): the task-local facts each process's
   * create listener sets (platform.TaskCards), so staff can tell one 'Review eligibility' from another.
   */
  static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", TaskCards.CARD_REFERENCE, "label", "Reference"),
      Map.of("name", TaskCards.CARD_DISTRICT, "label", "District"),
      Map.of("name", TaskCards.CARD_PRIORITY, "label", "Priority"));

  private void createTeamTasksFilter() {
    Filter filter = filterService.createFilterQuery().filterName(TEAM_TASKS_FILTER).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(TEAM_TASKS_FILTER)
          .setQuery(taskService.createTaskQuery().orderByTaskCreateTime().asc());
    }
    if (!CARD_VARIABLES.equals(filter.getProperties() == null ? null : filter.getProperties().get("variables"))) {
      // Also on a hub that made the filter before the cards showed these facts.
      filterService.saveFilter(filter.setProperties(Map.of("priority", -10,
          "description", "Tasks you or your teams can work on", "variables", CARD_VARIABLES)));
    }
    for (StaffGroups group : StaffGroups.values()) {
      grant(group, Resources.FILTER, filter.getId(), READ);
    }
  }
}
