package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo borough's area moved out of db/demo into db/example-area. A database that applied all
 * four demo migrations from db/demo (every default-run database made before the move) must still
 * validate: Flyway compares version, description and checksum, not the location.
 */
class DemoMigrationsLayoutTest {

  private static final List<String> OLD_DB_DEMO = List.of("db/example-area/V1_1__demo_borough.sql",
      "db/demo/V10_1__demo_volunteers.sql", "db/demo/V20_1__demo_partners.sql", "db/demo/V24_1__demo_organisations.sql");

  @Test
  void aDatabaseMigratedFromTheOldDemoLocationValidatesWithTheSplitOnes(@TempDir Path oldDemo) throws Exception {
    for (String resource : OLD_DB_DEMO) {
      try (InputStream file = getClass().getResourceAsStream("/" + resource)) {
        Files.copy(file, oldDemo.resolve(Path.of(resource).getFileName()));
      }
    }
    String url = "jdbc:h2:mem:layout;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").baselineOnMigrate(true).baselineVersion("0")
        .locations("classpath:db/migration", "filesystem:" + oldDemo).load().migrate();

    Flyway now = Flyway.configure().dataSource(url, "sa", "").baselineOnMigrate(true).baselineVersion("0")
        .locations("classpath:db/migration", "classpath:db/example-area", "classpath:db/demo").load();
    assertThatCode(now::validate).doesNotThrowAnyException();
    assertThat(now.migrate().migrationsExecuted).as("nothing new to apply").isZero();
  }
}
