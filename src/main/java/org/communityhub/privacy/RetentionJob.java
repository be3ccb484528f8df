package org.communityhub.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.communityhub.intake.IntakeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases residents whose requests all closed longer ago than the retention period (default two
 * years). Camunda's own history is cleaned by its history cleanup, per historyTimeToLive.
 */
@Component
public class RetentionJob {

  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
  private static final int BATCH = 500;
  private final IntakeService intake;
  private final ErasureService erasure;
  private final Clock clock;
  private final Duration residentRetention;

  RetentionJob(IntakeService intake, ErasureService erasure, Clock clock,
      RetentionSettings settings) {
    this.intake = intake;
    this.erasure = erasure;
    this.clock = clock;
    this.residentRetention = settings.residentData();
  }

  @Scheduled(cron = "${hub.retention.cron}", zone = "Europe/London")
  public void run() {
    int erased = eraseClosedBefore(clock.instant().minus(residentRetention));
    log.info("Retention job erased {} residents whose requests closed over {} ago", erased, residentRetention);
  }

  /** Erases every resident whose requests all closed before the cutoff; returns how many. */
  public int eraseClosedBefore(Instant cutoff) {
    int erased = 0;
    List<Long> due;
    while (!(due = intake.residentsClosedBefore(cutoff, BATCH)).isEmpty()) {
      for (Long residentId : due) {
        erasure.erase(residentId, "retention period of " + residentRetention + " passed", "retention job");
        erased++;
      }
    }
    return erased;
  }
}
