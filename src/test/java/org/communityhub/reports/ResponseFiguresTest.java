package org.communityhub.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.reports.ReportFixture.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.ResponseFigures;
import org.communityhub.intake.ResponseFigures.PriorityResponse;
import org.communityhub.platform.ReportPeriods;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The response figures read a day summary (V78), so they must follow what changes after it was
 * counted: a request helped later, and a promise that breaks as time passes with nothing written.
 * November 2025, which no other test uses.
 */
@HubIntegrationTest
class ResponseFiguresTest {

  static final Instant RECEIVED = at("2025-11-10T10:00:00Z");

  @Autowired ResponseFigures response;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aPromiseBreaksWhenItsTimePassesAndTheHelpGivenLaterIsCounted() {
    ReportFixture fixture = new ReportFixture(jdbc);
    String waiting = fixture.request(fixture.resident(), false, RECEIVED, "WA9", "PHONE", Priority.P2, "OPEN",
        "VOLUNTEER", "FOOD", RECEIVED.plus(Duration.ofMinutes(20)), null, null, null);
    // helped after 1 hour 29 minutes 40 seconds: to the nearest minute, 90 minutes
    fixture.request(fixture.resident(), false, RECEIVED.plus(Duration.ofHours(1)), "WA9", "PHONE", Priority.P2,
        "CLOSED", "VOLUNTEER", "FOOD", null, null, RECEIVED.plus(Duration.ofSeconds(3600 + 5380)), null);
    ReportPeriods november = ReportPeriods.covering(ReportPeriods.By.MONTH, LocalDate.of(2025, 11, 1),
        LocalDate.of(2025, 11, 30));

    ResponseFigures.Response beforeItIsDue = response.between(november, RECEIVED.plus(Duration.ofHours(24)));
    assertThat(p2(beforeItIsDue).due()).isEqualTo(1);
    assertThat(p2(beforeItIsDue).kept()).isEqualTo(1);
    assertThat(p2(beforeItIsDue).helped().median()).isEqualTo(Duration.ofMinutes(90));
    assertThat(beforeItIsDue.brokenTotal()).isZero();

    // 48 hours on, nothing written: the waiting request is now due and broke its promise
    ResponseFigures.Response overdue = response.between(november, RECEIVED.plus(Duration.ofHours(49)));
    assertThat(p2(overdue).due()).isEqualTo(2);
    assertThat(p2(overdue).kept()).isEqualTo(1);
    assertThat(overdue.keptByPeriod().get(Priority.P2)[0]).containsExactly(2, 1);
    assertThat(overdue.brokenTotal()).isEqualTo(1);
    assertThat(overdue.broken()).singleElement().satisfies(broken -> {
      assertThat(broken.reference()).isEqualTo(waiting);
      assertThat(broken.helped()).isNull();
    });

    // helped after 96 hours, as the hub writes it (updated_at too): counted in the next report
    jdbc.update("update help_request set helped_at = ?, updated_at = now() where reference = ?",
        RECEIVED.plus(Duration.ofHours(96)).atOffset(java.time.ZoneOffset.UTC), waiting);
    ResponseFigures.Response helpedLate = response.between(november, RECEIVED.plus(Duration.ofHours(100)));
    assertThat(p2(helpedLate).helped().reached()).isEqualTo(2);
    assertThat(p2(helpedLate).helped().ninetieth()).isEqualTo(Duration.ofMinutes(90 + (96 * 60 - 90) * 9 / 10));
    assertThat(p2(helpedLate).due()).isEqualTo(2);
    assertThat(helpedLate.brokenTotal()).isEqualTo(1);
    assertThat(helpedLate.broken()).singleElement()
        .satisfies(broken -> assertThat(broken.helped()).isEqualTo(RECEIVED.plus(Duration.ofHours(96))));
  }

  private static PriorityResponse p2(ResponseFigures.Response response) {
    return response.byPriority().stream().filter(p -> p.priority() == Priority.P2).findFirst().orElseThrow();
  }
}
