package org.communityhub.intake;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The step waiting after registration (the asynchronous continuation of Task_RegisterRequest),
 * run in the caller's thread instead of waiting for the job executor, so that a partner or a
 * test usually learns the decision in the same answer. A failure is not thrown: the job keeps
 * its remaining retries, then becomes an incident; the request stays stored either way.
 */
@Component
class IntakeContinuation {

  /** How long to wait for the job executor when it is already running the step. */
  private static final Duration PATIENCE = Duration.ofSeconds(5);
  private static final Logger log = LoggerFactory.getLogger(IntakeContinuation.class);

  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final IdentityService identityService;

  IntakeContinuation(RuntimeService runtimeService, ManagementService managementService,
      IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  /** Must be called after the registration has committed, outside any transaction. */
  void runNow(String reference) {
    // The hub's own continuation, as the job executor would run it: not as the signed-in user.
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      run(reference);
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private void run(String reference) {
    long giveUp = System.nanoTime() + PATIENCE.toNanos();
    Job waiting;
    while ((waiting = continuationOf(reference)) != null && waiting.getRetries() > 0
        && System.nanoTime() < giveUp) {
      if (isLocked(waiting)) {
        pause(); // the job executor is running it already: wait for its answer
        continue;
      }
      try {
        managementService.executeJob(waiting.getId());
      } catch (OptimisticLockingException raced) {
        // The job executor took the same step at the same moment; one of the two stands. Look again.
      } catch (RuntimeException failure) {
        // Technical detail goes to the log and the incident; the caller is told the request is stored.
        log.warn("Intake of {} stopped after registration; the step will be retried: {}", reference,
            failure.toString());
        return;
      }
    }
  }

  private Job continuationOf(String reference) {
    ProcessInstance intake = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(IntakeVariables.PROCESS_KEY).processInstanceBusinessKey(reference).singleResult();
    return intake == null ? null : managementService.createJobQuery().processInstanceId(intake.getId())
        .activityId(IntakeVariables.REGISTRATION_TASK).singleResult();
  }

  private static boolean isLocked(Job job) {
    return job instanceof JobEntity entity && entity.getLockExpirationTime() != null
        && entity.getLockExpirationTime().toInstant().isAfter(Instant.now());
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
