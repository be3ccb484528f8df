package org.communityhub.desk;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.communityhub.security.StaffGroups;
import org.springframework.stereotype.Component;

/** What the process engine knows about a request (its business key is the reference). */
@Component
class WorkflowFacts {

  /** The activities that decide eligibility: the rules, or an officer's review. */
  private static final List<String> DECIDING_ACTIVITY_TYPES = List.of("businessRuleTask");
  private static final String OFFICER_REVIEW = "Task_ReviewEligibility";

  record OpenTask(String id, String name, Instant created, List<String> teams) {}

  /** A user task past its due date; reference is the request's (the process's business key), if it has one. */
  record OverdueTask(String id, String name, String reference, Instant due, List<String> teams) {}

  /** Tasks for the overdue page: more than any duty manager could act on at once. */
  static final int MAX_OVERDUE_TASKS = 500;

  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;
  private final RuntimeService runtime;

  WorkflowFacts(TaskService tasks, HistoryService history, IdentityService identity, RuntimeService runtime) {
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
    this.runtime = runtime;
  }

  /**
   * Every open user task whose due date is before now, most overdue first. The hub asks for all
   * teams' tasks, not as the signed-in user (whose Camunda authorizations cover only their own
   * teams' tasks): the desk's security rules decide who sees this list.
   */
  List<OverdueTask> overdueTasks(Instant now) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      List<Task> overdue = tasks.createTaskQuery().active().dueBefore(Date.from(now)).orderByDueDate().asc()
          .listPage(0, MAX_OVERDUE_TASKS);
      Map<String, String> references = businessKeys(overdue);
      return overdue.stream()
          .map(task -> new OverdueTask(task.getId(), task.getName(), references.get(task.getProcessInstanceId()),
              task.getDueDate().toInstant(), candidateTeams(task.getId())))
          .toList();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private Map<String, String> businessKeys(List<Task> overdue) {
    String[] instances = overdue.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).distinct()
        .toArray(String[]::new);
    if (instances.length == 0) {
      return Map.of();
    }
    Map<String, String> keys = new HashMap<>();
    runtime.createProcessInstanceQuery().processInstanceIds(Set.of(instances)).list().stream()
        .filter(instance -> instance.getBusinessKey() != null)
        .forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
    return keys;
  }

  private List<String> candidateTeams(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> teamName(link.getGroupId())).toList();
  }

  List<OpenTask> openTasks(String reference) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).active().orderByTaskCreateTime().asc()
        .listPage(0, 50).stream()
        .map(task -> new OpenTask(task.getId(), task.getName(), task.getCreateTime().toInstant(),
            candidateTeams(task.getId())))
        .toList();
  }

  /** When the rules decided, or the officer's review ended if there was one. */
  Optional<Instant> eligibilityDecidedAt(String reference) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
        .map(HistoricProcessInstance::getId)
        .flatMap(instance -> history.createHistoricActivityInstanceQuery().processInstanceId(instance).finished()
            .list().stream())
        .filter(activity -> DECIDING_ACTIVITY_TYPES.contains(activity.getActivityType())
            || OFFICER_REVIEW.equals(activity.getActivityId()))
        .map(HistoricActivityInstance::getEndTime)
        .max(Comparator.naturalOrder())
        .map(java.util.Date::toInstant);
  }

  static String teamName(String groupId) {
    for (StaffGroups group : StaffGroups.values()) {
      if (group.id().equals(groupId)) {
        return group.displayName();
      }
    }
    return groupId;
  }
}
