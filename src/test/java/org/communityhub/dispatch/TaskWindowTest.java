package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A task's window keeps to the daytime hours: no shopping overnight. */
class TaskWindowTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DispatchSettings.Daytime DAYTIME = new DispatchSettings.Daytime("08:00", "20:00",
      Duration.ofHours(2), Set.of());
  private static final Duration P1 = Duration.ofHours(12);

  @Test
  void anUrgentRequestTakenAt925pmIsOfferedForTheNextMorningNotOvernight() {
    TaskWindow window = TaskWindow.of(at(2026, 12, 2, 21, 25), P1, DAYTIME, false);

    assertThat(window.start()).isEqualTo(at(2026, 12, 3, 8, 0));
    assertThat(window.end()).isEqualTo(at(2026, 12, 3, 20, 0));
    assertThat(OfferWindow.describe(window.start(), window.end()))
        .isEqualTo("between Thursday 3 December, 8:00am and Thursday 3 December, 8:00pm");
  }

  @Test
  void anUrgentRequestTakenAt2amIsOfferedForThatMorning() {
    TaskWindow window = TaskWindow.of(at(2026, 12, 3, 2, 0), P1, DAYTIME, false);

    assertThat(window.start()).isEqualTo(at(2026, 12, 3, 8, 0));
    assertThat(window.end()).isEqualTo(at(2026, 12, 3, 20, 0));
  }

  @Test
  void aMorningRequestStartsAtOnceAndEndsWhenTheDaytimeEnds() {
    TaskWindow window = TaskWindow.of(at(2026, 12, 2, 10, 0), P1, DAYTIME, false);

    assertThat(window.start()).isEqualTo(at(2026, 12, 2, 10, 0));
    assertThat(window.end()).isEqualTo(at(2026, 12, 2, 20, 0));
  }

  @Test
  void withLessThanTheShortestWindowLeftTodayItIsTomorrowsDaytime() {
    TaskWindow window = TaskWindow.of(at(2026, 12, 2, 19, 0), P1, DAYTIME, false);

    assertThat(window.start()).isEqualTo(at(2026, 12, 3, 8, 0));
    assertThat(window.end()).isEqualTo(at(2026, 12, 3, 20, 0));
  }

  @Test
  void aLongerWindowEndingOvernightEndsTheEveningBefore() {
    TaskWindow window = TaskWindow.of(at(2026, 12, 2, 21, 30), Duration.ofHours(48), DAYTIME, false);

    assertThat(window.start()).isEqualTo(at(2026, 12, 3, 8, 0));
    assertThat(window.end()).isEqualTo(at(2026, 12, 5, 8, 0));
  }

  @Test
  void aPriorityTheRulesOfferOvernightStartsAtOnce() {
    TaskWindow window = TaskWindow.of(at(2026, 12, 2, 21, 25), P1, DAYTIME, true);

    assertThat(window.start()).isEqualTo(at(2026, 12, 2, 21, 25));
    assertThat(window.end()).isEqualTo(at(2026, 12, 3, 9, 25));
  }

  @Test
  void anOfferSentOvernightIsAnsweredWithinItsTimeoutOnceTheWindowOpens() {
    Instant night = at(2026, 12, 2, 21, 30);
    assertThat(TaskWindow.answerTime(night, at(2026, 12, 3, 8, 0), Duration.ofMinutes(30)))
        .isEqualTo(Duration.ofHours(11));
    Instant morning = at(2026, 12, 3, 9, 0);
    assertThat(TaskWindow.answerTime(morning, at(2026, 12, 3, 8, 0), Duration.ofMinutes(30)))
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void theDaytimeWindowTouchesOnlyItsTimesOfDay() {
    VolunteerTask task = taskBetween(at(2026, 12, 3, 8, 0), at(2026, 12, 3, 12, 0));
    assertThat(VolunteerMatcher.timesIn(task)).containsExactly(org.communityhub.volunteers.TimeOfDay.MORNING);
    VolunteerTask evening = taskBetween(at(2026, 12, 3, 13, 0), at(2026, 12, 3, 20, 0));
    assertThat(VolunteerMatcher.timesIn(evening)).containsExactly(org.communityhub.volunteers.TimeOfDay.AFTERNOON,
        org.communityhub.volunteers.TimeOfDay.EVENING);
  }

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, UK).toInstant();
  }

  private static VolunteerTask taskBetween(Instant start, Instant end) {
    return new VolunteerTask(1, 1, 1, "WA10", org.communityhub.eligibility.Priority.P1, Set.of(),
        org.communityhub.volunteers.DbsLevel.NONE, "Shopping", start, end, SearchScope.DISTRICT, 1);
  }
}
