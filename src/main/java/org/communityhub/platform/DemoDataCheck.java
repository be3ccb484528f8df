package org.communityhub.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A production hub refuses a database that holds the demo's volunteers, partners and organisations.
 * They only ever arrive through the demo migrations (db/demo), so the schema history says whether
 * they are there. Checked before Flyway validates: a database that once loaded db/demo would
 * otherwise fail validation with Flyway's own words about migrations missing locally.
 */
@Component
@Profile("production")
class DemoDataCheck implements Callback {

  private static final Logger log = LoggerFactory.getLogger(DemoDataCheck.class);

  /** Versions of the demo people's migrations in db/demo. */
  static final List<String> DEMO_VERSIONS = List.of("10.1", "20.1", "24.1");

  static final String REFUSAL = "This database holds the demo's volunteers, partners and organisations: "
      + "remove them with psql -f docs/remove-demo-data.sql (it deletes the demo's rows only), "
      + "or give the production hub an empty database.";

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    List<String> applied = appliedDemoVersions(context.getConnection(), context.getConfiguration().getTable());
    if (!applied.isEmpty()) {
      log.error("Demo migrations {} are in the schema history of the production database", applied);
      throw new StartRefusedException(REFUSAL);
    }
  }

  @Override
  public String getCallbackName() {
    return "demo data check";
  }

  static List<String> appliedDemoVersions(Connection connection, String historyTable) {
    try {
      if (!tableExists(connection, historyTable)) {
        return List.of();
      }
      List<String> applied = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement("select version from " + historyTable
          + " where success and version in (?, ?, ?) order by installed_rank")) {
        for (int i = 0; i < DEMO_VERSIONS.size(); i++) {
          query.setString(i + 1, DEMO_VERSIONS.get(i));
        }
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            applied.add(rows.getString(1));
          }
        }
      }
      return applied;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the schema history " + historyTable, e);
    }
  }

  private static boolean tableExists(Connection connection, String table) throws SQLException {
    String schema = connection.getSchema();
    for (String name : List.of(table, table.toUpperCase(), table.toLowerCase())) {
      try (ResultSet tables = connection.getMetaData().getTables(null, schema, name, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
