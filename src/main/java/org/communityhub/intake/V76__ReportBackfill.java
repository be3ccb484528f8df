package org.communityhub.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.communityhub.eligibility.Priority;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V76: fills V75's report columns for requests received before it. A Java migration because
 * a P1 request is due by the end of its day in UK time ({@link Priority#dueBy}, the one definition),
 * which portable SQL cannot say. The first offer, assignment and help given of earlier requests are
 * not known to intake (dispatch's tables hold them): reports count them as not recorded.
 */
@Component
public class V76__ReportBackfill extends BaseJavaMigration {

  private static final int BATCH = 1000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement sql = connection.createStatement()) {
      sql.executeUpdate("""
          update help_request set returning_resident = true
          where exists (select 1 from help_request earlier
                        where earlier.resident_id = help_request.resident_id and earlier.id < help_request.id)""");
    }
    try (Statement read = connection.createStatement();
        ResultSet rows = read.executeQuery(
            "select id, priority, created_at from help_request where priority is not null and due_by is null");
        PreparedStatement write = connection.prepareStatement("update help_request set due_by = ? where id = ?")) {
      int pending = 0;
      while (rows.next()) {
        Priority priority = Priority.valueOf(rows.getString(2));
        OffsetDateTime received = rows.getObject(3, OffsetDateTime.class);
        write.setObject(1, priority.dueBy(received.toInstant()).atOffset(ZoneOffset.UTC));
        write.setLong(2, rows.getLong(1));
        write.addBatch();
        if (++pending == BATCH) {
          write.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
  }
}
