package org.communityhub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.communityhub.CommunityHubApplication;
import org.communityhub.eligibility.Priority;
import org.communityhub.platform.ReportPeriods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default run's database is H2 (PostgreSQL mode), where the reports' SQL takes its other branch
 * (seconds between two times, the day summary's lock): every report and the panel report give the
 * seeded answers there too.
 */
class ReportsOnH2Test {

  @TempDir Path dataDirectory;

  @Test
  void everyReportRunsOnH2() {
    try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(CommunityHubApplication.class).run(
        "--spring.main.web-application-type=none",
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
            + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
        // its own engine name: closing this hub must not unregister the shared test hub's engine
        "--camunda.bpm.process-engine-name=reportsh2test",
        "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("hub") + ";DB_CLOSE_ON_EXIT=FALSE")) {
      ReportFixture fixture = new ReportFixture(hub.getBean(JdbcTemplate.class));
      Instant received = Instant.parse("2019-07-10T09:00:00Z");
      fixture.request(fixture.resident(), false, received, "WA10", "PHONE", Priority.P2, "CLOSED", "VOLUNTEER", "FOOD",
          received.plus(Duration.ofHours(2)), received.plus(Duration.ofHours(3)), received.plus(Duration.ofHours(72)),
          received.plus(Duration.ofHours(73)));
      Reports reports = hub.getBean(Reports.class);
      ReportPeriods july = ReportPeriods.covering(ReportPeriods.By.MONTH, LocalDate.of(2019, 7, 1),
          LocalDate.of(2019, 7, 31));

      assertThat(ReportsTest.rows(reports.report(Reports.Kind.DEMAND, july).table("requests")))
          .containsExactly(java.util.List.of("July 2019", "1", "1", "0"));
      Report response = reports.report(Reports.Kind.RESPONSE, july);
      assertThat(ReportsTest.rows(response.table("to-first-offer")))
          .contains(java.util.List.of("P2 (within 48 hours)", "1", "1", "2.0", "2.0"));
      assertThat(response.table("broken-promises").rows()).hasSize(1);
      assertThat(reports.report(Reports.Kind.PARTNERS, july).table("per-partner").rows()).isEmpty();
      assertThat(reports.report(Reports.Kind.VOLUNTEERS, july).table("pool").rows()).isNotEmpty();
      assertThat(reports.panel(YearMonth.of(2019, 7)).table("by-district").rows()).hasSize(1);
    }
  }
}
