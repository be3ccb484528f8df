package org.communityhub.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a request's response reached each step, recorded by dispatch as the step happens (reports,
 * issue 14, read these rather than Camunda's history, which its cleanup removes). Only the first time
 * counts: a second offer, or a re-run after a retry, changes nothing. The columns are not on the
 * {@link HelpRequest} entity, so an entity saved in the same transaction cannot write them back empty.
 */
@Service
public class RequestProgress {

  private final JdbcTemplate jdbc;

  RequestProgress(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A volunteer was first asked. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void firstOffered(long requestId, Instant at) {
    jdbc.update("update help_request set first_offered_at = ? where id = ? and first_offered_at is null",
        at.atOffset(ZoneOffset.UTC), requestId);
  }

  /** A volunteer or an organisation took the request on. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void assigned(long requestId, Instant at) {
    jdbc.update("update help_request set assigned_at = ? where id = ? and assigned_at is null",
        at.atOffset(ZoneOffset.UTC), requestId);
  }

  /** The resident got the help (the volunteer's or organisation's outcome: done). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void helped(long requestId, Instant at) {
    jdbc.update("update help_request set helped_at = ? where id = ? and helped_at is null",
        at.atOffset(ZoneOffset.UTC), requestId);
  }
}
