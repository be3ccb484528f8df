package org.communityhub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MinuteHistogramTest {

  @Test
  void percentilesAreTheDatabasesOverTheRoundedTimes() {
    MinuteHistogram times = new MinuteHistogram();
    times.add(10, 1);
    times.add(20, 1);
    // percentile_cont: half way between the two, nine tenths of the way for the 90th
    assertThat(times.percentile(0.5)).isEqualTo(Duration.ofMinutes(15));
    assertThat(times.percentile(0.9)).isEqualTo(Duration.ofMinutes(19));
  }

  @Test
  void aDaysHistogramsMergeFromTheirStoredBytes() {
    MinuteHistogram monday = new MinuteHistogram();
    monday.add(5, 3);
    monday.add(3000, 1);
    MinuteHistogram tuesday = new MinuteHistogram();
    tuesday.add(200, 2);
    tuesday.add(60 * 24 * 400, 1);
    MinuteHistogram year = new MinuteHistogram();
    year.add(monday.bytes());
    year.add(tuesday.bytes());
    year.add(new MinuteHistogram().bytes());
    assertThat(year.total()).isEqualTo(7);
    assertThat(year.percentile(0.5)).isEqualTo(Duration.ofMinutes(200));
    assertThat(year.percentile(1.0)).isEqualTo(Duration.ofDays(400));
    assertThat(year.percentile(0.0)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void noTimesNoPercentile() {
    assertThat(new MinuteHistogram().percentile(0.5)).isNull();
  }
}
