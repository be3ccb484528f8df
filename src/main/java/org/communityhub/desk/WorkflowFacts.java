package org.communityhub.desk;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
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

  private final TaskService tasks;
  private final HistoryService history;

  WorkflowFacts(TaskService tasks, HistoryService history) {
    this.tasks = tasks;
    this.history = history;
  }

  List<OpenTask> openTasks(String reference) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).active().orderByTaskCreateTime().asc()
        .listPage(0, 50).stream()
        .map(task -> new OpenTask(task.getId(), task.getName(), task.getCreateTime().toInstant(),
            tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> teamName(link.getGroupId())).toList()))
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

  private static String teamName(String groupId) {
    for (StaffGroups group : StaffGroups.values()) {
      if (group.id().equals(groupId)) {
        return group.displayName();
      }
    }
    return groupId;
  }
}
