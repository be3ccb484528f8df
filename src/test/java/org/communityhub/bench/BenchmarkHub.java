package org.communityhub.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.communityhub.support.StandaloneHub;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub as the benchmark runs it: its own PostgreSQL (embedded, or -Dbench.jdbcUrl for a real
 * server), the partner API on a free port, no Camunda webapps, quiet logs.
 */
final class BenchmarkHub implements AutoCloseable {

  private final EmbeddedPostgres embedded;
  final ConfigurableApplicationContext context;
  final String baseUrl;

  private BenchmarkHub(EmbeddedPostgres embedded, ConfigurableApplicationContext context) {
    this.embedded = embedded;
    this.context = context;
    this.baseUrl = StandaloneHub.baseUrl(context);
  }

  static BenchmarkHub start() throws IOException {
    String jdbcUrl = System.getProperty("bench.jdbcUrl");
    String user = System.getProperty("bench.jdbcUser", "postgres");
    String password = System.getProperty("bench.jdbcPassword", "postgres");
    EmbeddedPostgres embedded = null;
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      embedded = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
          .setServerConfig("max_connections", "200").start();
      jdbcUrl = embedded.getJdbcUrl("postgres", "postgres");
    }
    ConfigurableApplicationContext context = StandaloneHub.start("benchmark", jdbcUrl, user, password,
        "--spring.datasource.hikari.maximum-pool-size=" + System.getProperty("bench.pool", "30"),
        "--logging.level.root=WARN",
        "--logging.level.org.communityhub=WARN");
    return new BenchmarkHub(embedded, context);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() throws IOException {
    context.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
