package org.communityhub.residents;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway V69: indexes for the staff desk's resident search at 500,000 residents (README
 * "Benchmark"). A Java migration because the name search needs PostgreSQL's trigram index, which
 * H2 (the default run's database) does not have; Spring Boot's Flyway runs every migration bean.
 *
 * <ul>
 *   <li>part of a name ({@code name_key like '%smith%'}): a trigram GIN index (extension pg_trgm,
 *       "trusted" since PostgreSQL 13, so the database's owner may create it);
 *   <li>date of birth alone: the name-and-date index cannot serve it, it leads with the name;
 *   <li>postcode ({@code address_key like 'WA101AA|%'}): a prefix index, text_pattern_ops so it
 *       serves LIKE whatever the database's collation.
 * </ul>
 * Phone and email already have indexes (V1); a reference is the unique key of help_request.
 */
@Component
public class V69__ResidentSearchIndexes extends BaseJavaMigration {

  private static final Logger log = LoggerFactory.getLogger(V69__ResidentSearchIndexes.class);

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    try (Statement sql = connection.createStatement()) {
      sql.execute("create index resident_date_of_birth_idx on resident (date_of_birth)");
      if (!postgres) {
        sql.execute("create index resident_address_key_idx on resident (address_key)");
        return;
      }
      sql.execute("create index resident_address_key_idx on resident (address_key text_pattern_ops)");
      Savepoint beforeExtension = connection.setSavepoint();
      try {
        sql.execute("create extension if not exists pg_trgm");
      } catch (SQLException refused) {
        // Without the extension the name search still works, by reading the whole table.
        connection.rollback(beforeExtension);
        log.warn("PostgreSQL refused 'create extension pg_trgm' ({}): searching residents by part of a name"
            + " will be slow at large sizes. Ask the database administrator to run it, then create the index"
            + " resident_name_trgm_idx (see V69__ResidentSearchIndexes).", refused.getMessage());
        return;
      }
      sql.execute("create index resident_name_trgm_idx on resident using gin (name_key gin_trgm_ops)");
    }
  }
}
