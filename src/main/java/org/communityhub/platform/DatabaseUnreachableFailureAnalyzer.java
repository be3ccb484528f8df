package org.communityhub.platform;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * A start that fails because PostgreSQL cannot be reached, refuses the login or has no such
 * database: one plain line naming the settings to check. The driver's own words go to the log.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnreachableFailureAnalyzer.class);

  private final Environment environment;

  public DatabaseUnreachableFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
    SQLException connectionFailure = connectionFailure(cause);
    if (connectionFailure == null) {
      return null;
    }
    String state = connectionFailure.getSQLState();
    log.error("Could not connect to the database (SQL state {}): {}", state, connectionFailure.getMessage());
    String database = "the database" + (database() == null ? "" : " at " + database());
    String reason;
    if (state.startsWith("28")) {
      reason = "PostgreSQL refused the hub's login to " + database
          + ": check HUB_DB_USER and HUB_DB_PASSWORD.";
    } else if (state.equals("3D000")) {
      reason = "T" + database.substring(1) + " does not exist: create it, or correct the database name at the end "
          + "of HUB_DB_URL.";
    } else {
      reason = "The hub cannot reach " + database + ": check that PostgreSQL is running and reachable "
          + "from the hub, and that HUB_DB_URL names it (jdbc:postgresql://host:5432/database).";
    }
    return new FailureAnalysis(reason, StartRefusedFailureAnalyzer.ACTION, cause);
  }

  /** The first exception in the chain that says the connection itself failed (SQL state 08, 28 or 3D). */
  private static SQLException connectionFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")
              || sql.getSQLState().equals("3D000"))) {
        return sql;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** host:port/database from the JDBC URL, without parameters (they may hold a password). */
  private String database() {
    String url = environment == null ? null : environment.getProperty("spring.datasource.url");
    if (url == null || url.isBlank()) {
      return null;
    }
    String withoutParameters = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    return withoutParameters.replaceFirst("^jdbc:postgresql://", "");
  }
}
