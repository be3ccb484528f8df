package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reports count by UK months, weeks and days, whatever the clocks do. */
class ReportPeriodsTest {

  @Test
  void aRequestAtHalfPastElevenUtcOnTheLastNightOfJuneIsInJuly() {
    ReportPeriods periods = ReportPeriods.covering(ReportPeriods.By.MONTH, LocalDate.of(2026, 6, 1),
        LocalDate.of(2026, 7, 31));
    ReportPeriods.Period july = periods.periods().get(1);
    Instant request = Instant.parse("2026-06-30T23:30:00Z");

    assertThat(july.label()).isEqualTo("July 2026");
    // midnight in London (BST) is 23:00 UTC
    assertThat(july.start()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
    assertThat(request).isAfterOrEqualTo(july.start()).isBefore(july.end());
    assertThat(periods.periods().get(0).end()).isEqualTo(july.start());
  }

  @Test
  void weeksStartOnMondayAndDaysFollowTheClockChange() {
    ReportPeriods weeks = ReportPeriods.covering(ReportPeriods.By.WEEK, LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 31));
    assertThat(weeks.periods().get(0).first()).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(weeks.periods().get(weeks.size() - 1).last()).isEqualTo(LocalDate.of(2026, 4, 5));
    ReportPeriods days = ReportPeriods.covering(ReportPeriods.By.DAY, LocalDate.of(2026, 3, 29),
        LocalDate.of(2026, 3, 29));
    // the night the clocks go forward: the day is 23 hours long
    assertThat(java.time.Duration.between(days.start(), days.end())).hasHours(23);
  }

  @Test
  void thePeriodSqlSendsEachRowToItsPeriod() {
    ReportPeriods periods = ReportPeriods.covering(ReportPeriods.By.MONTH, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 3, 31));
    assertThat(periods.periodOf("created_at"))
        .isEqualTo("case when created_at < ? then 0 when created_at < ? then 1 else 2 end");
    assertThat(periods.periodParameters()).hasSize(2);
    assertThat(ReportPeriods.covering(ReportPeriods.By.MONTH, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))
        .periodOf("created_at")).isEqualTo("0");
  }
}
