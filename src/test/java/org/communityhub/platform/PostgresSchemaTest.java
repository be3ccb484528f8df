package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The hub's migrations and Camunda's own tables, both in the one PostgreSQL database. */
@HubIntegrationTest
class PostgresSchemaTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void runsOnPostgreSql() {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
  }

  @Test
  void flywayMigrationsAllApplied() {
    var migrations = jdbc.queryForList(
        "select version from flyway_schema_history where success and version is not null order by installed_rank",
        String.class);
    assertThat(migrations).contains("1", "1.1");
    assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Long.class))
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from area_district", Long.class)).isEqualTo(6);
  }

  @Test
  void engineTablesLiveInTheSameDatabase() {
    var tables = jdbc.queryForList(
        "select table_name from information_schema.tables where table_schema = 'public'", String.class);
    assertThat(tables).contains("act_ru_execution", "act_hi_procinst", "act_re_deployment", "act_id_user",
        "resident", "help_request", "help_request_need", "area_district");
  }
}
