package org.communityhub.partnerapi;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Component;

/**
 * The issued partner tokens (table oauth2_authorization) the API accepts. Expired ones are deleted,
 * as an expired token is refused whether or not its row is there (every node may run it; deleting
 * twice is harmless); a client's are all ended when its secret changes, so a leaked secret's tokens
 * die with it.
 */
@Component
public class IssuedPartnerTokens {

  private static final Logger log = LoggerFactory.getLogger(IssuedPartnerTokens.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;

  IssuedPartnerTokens(JdbcTemplate jdbc, Clock clock) {
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

  /** Ends every token issued to this client at once, on every node; returns how many. */
  public int endAllOf(RegisteredClient client) {
    return jdbc.update("delete from oauth2_authorization where registered_client_id = ?", client.getId());
  }
}
