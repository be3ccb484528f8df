package org.communityhub.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V79: the indexes behind the response report's broken promises at 1,000,000 requests
 * (README "Benchmark"). Whether a request not helped yet broke its promise depends on now, so the
 * day summary (V78) cannot count it: these requests are read as they are, through an index holding
 * only them; requests helped late are listed through an index holding only those. A Java migration
 * because partial indexes are PostgreSQL's; on H2 (the default run, small) the report reads the table.
 */
@Component
public class V79__ResponseReportIndexes extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
      return;
    }
    // As ResponseFigures asks (its VOLUNTEER), written out: a migration never changes.
    String forVolunteer = "eligibility_outcome = 'VOLUNTEER' and status <> 'ATTACHED'";
    try (Statement sql = connection.createStatement()) {
      sql.execute("create index help_request_not_helped_idx on help_request (created_at, id)"
          + " include (priority, due_by) where helped_at is null and " + forVolunteer);
      sql.execute("create index help_request_helped_late_idx on help_request (created_at, id)"
          + " where helped_at > due_by and " + forVolunteer);
    }
  }
}
