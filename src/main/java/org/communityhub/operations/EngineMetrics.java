package org.communityhub.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.communityhub.platform.metrics.CountsSnapshot;
import org.communityhub.security.StaffGroups;
import org.springframework.stereotype.Component;

/**
 * The engine's work for operations: hub_tasks_open and hub_tasks_overdue by team (candidate
 * group), hub_incidents, hub_jobs_due (the job executor's backlog) and hub_jobs_failed (no
 * retries left). Read with Camunda's queries, outside any user's authorization.
 */
@Component
class EngineMetrics implements MeterBinder {

  private final CountsSnapshot engine;

  EngineMetrics(TaskService tasks, RuntimeService runtime, ManagementService management, Clock clock) {
    this.engine = new CountsSnapshot(() -> {
      Map<String, Long> counts = new HashMap<>();
      Date now = Date.from(clock.instant());
      for (StaffGroups group : StaffGroups.values()) {
        counts.put("open:" + group.id(), tasks.createTaskQuery().taskCandidateGroup(group.id()).count());
        counts.put("overdue:" + group.id(),
            tasks.createTaskQuery().taskCandidateGroup(group.id()).dueBefore(now).count());
      }
      counts.put("incidents", runtime.createIncidentQuery().count());
      counts.put("jobsDue", management.createJobQuery().executable().count());
      counts.put("jobsFailed", management.createJobQuery().noRetriesLeft().count());
      return counts;
    }, clock);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (StaffGroups group : StaffGroups.values()) {
      Gauge.builder("hub.tasks.open", engine, counts -> counts.count("open:" + group.id()))
          .description("Open user tasks, by team").tag("team", group.id()).register(registry);
      Gauge.builder("hub.tasks.overdue", engine, counts -> counts.count("overdue:" + group.id()))
          .description("User tasks past their due date, by team").tag("team", group.id()).register(registry);
    }
    Gauge.builder("hub.incidents", engine, counts -> counts.count("incidents"))
        .description("Open Camunda incidents (steps that failed and wait for a person)").register(registry);
    Gauge.builder("hub.jobs.due", engine, counts -> counts.count("jobsDue"))
        .description("Jobs due and waiting for the job executor").register(registry);
    Gauge.builder("hub.jobs.failed", engine, counts -> counts.count("jobsFailed"))
        .description("Jobs with no retries left").register(registry);
  }
}
