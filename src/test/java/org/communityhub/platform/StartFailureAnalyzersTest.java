package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Refusals and database failures, however deep in Spring's exceptions, become plain lines. */
class StartFailureAnalyzersTest {

  private final MockEnvironment environment = new MockEnvironment()
      .withProperty("spring.datasource.url", "jdbc:postgresql://db.example.internal:5432/hub?password=secret");

  @Test
  void aRefusalInsideABeanFailureIsItsReasons() {
    FailureAnalysis analysis = new StartRefusedFailureAnalyzer().analyze(new BeanCreationException("notificationGateway",
        new StartRefusedException(List.of("HUB_NOTIFY_API_KEY is not set: give it.", "HUB_X is not set: give it."))));
    assertThat(analysis.getDescription()).isEqualTo("HUB_NOTIFY_API_KEY is not set: give it.\nHUB_X is not set: give it.");
    assertThat(analysis.getAction()).contains("docker/.env.example");
  }

  @Test
  void anUnreachableDatabaseNamesTheSettingWithoutTheUrlsParameters() {
    FailureAnalysis analysis = analyzeDatabase(new SQLException("Connection to db.example.internal:5432 refused", "08001"));
    assertThat(analysis.getDescription())
        .startsWith("The hub cannot reach the database at db.example.internal:5432/hub: check that PostgreSQL is running")
        .contains("HUB_DB_URL").doesNotContain("secret").doesNotContain("refused");
  }

  @Test
  void aRefusedLoginNamesUserAndPassword() {
    assertThat(analyzeDatabase(new SQLException("password authentication failed for user \"hub\"", "28P01"))
        .getDescription()).contains("refused the hub's login").contains("HUB_DB_USER and HUB_DB_PASSWORD")
        .doesNotContain("\"hub\"");
  }

  @Test
  void aMissingDatabaseIsNamed() {
    assertThat(analyzeDatabase(new SQLException("database \"hub\" does not exist", "3D000")).getDescription())
        .isEqualTo("The database at db.example.internal:5432/hub does not exist: create it, or correct the database "
            + "name at the end of HUB_DB_URL.");
  }

  @Test
  void otherSqlFailuresAreLeftToSpringBoot() {
    assertThat(analyzeDatabase(new SQLException("syntax error", "42601"))).isNull();
  }

  private FailureAnalysis analyzeDatabase(SQLException failure) {
    return new DatabaseUnreachableFailureAnalyzer(environment)
        .analyze(new BeanCreationException("flywayInitializer", new RuntimeException("pool", failure)));
  }
}
