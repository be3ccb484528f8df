package org.communityhub.support;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Async steps run on the hub's job executor; tests wait for them, and fire timers on purpose. */
public final class Jobs {

  private Jobs() {}

  /** Waits until the job executor has run every job that is due (not future timers). */
  public static void awaitDueJobs(ManagementService management) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (management.createJobQuery().executable().count() > 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Jobs still due after 30 s: " + management.createJobQuery().executable().list());
      }
      sleep();
    }
  }

  /** Fires the timer waiting in this process instance, as if its time had come. */
  public static void fireTimer(ManagementService management, String processInstanceId, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
        .singleResult();
    if (timer == null) {
      throw new AssertionError("No timer " + activityId + " waiting in " + processInstanceId);
    }
    management.executeJob(timer.getId());
    awaitDueJobs(management);
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
