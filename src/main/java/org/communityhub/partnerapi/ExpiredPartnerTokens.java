package org.communityhub.partnerapi;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes issued partner tokens (table oauth2_authorization) once they have expired: an expired
 * token is refused whether or not its row is there. Every node may run it; deleting twice is harmless.
 */
@Component
public class ExpiredPartnerTokens {

  private static final Logger log = LoggerFactory.getLogger(ExpiredPartnerTokens.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;

  ExpiredPartnerTokens(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Returns how many expired tokens were deleted. */
  @Scheduled(fixedDelayString = "${hub.partner-api.expired-tokens-cleanup-every}",
      initialDelayString = "${hub.partner-api.expired-tokens-cleanup-every}")
  public int deleteExpired() {
    int deleted = jdbc.update("delete from oauth2_authorization where access_token_expires_at < ?",
        Timestamp.from(clock.instant()));
    if (deleted > 0) {
      log.info("Deleted {} expired partner tokens", deleted);
    }
    return deleted;
  }
}
