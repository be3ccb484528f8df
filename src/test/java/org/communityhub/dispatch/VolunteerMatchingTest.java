package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.dispatch.VolunteerBuilder.livingIn;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.Need;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.Skill;
import org.communityhub.volunteers.VolunteerStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The matching rules (docs/architecture.md, "Matching") on PostgreSQL: hard filters, the search scope, fairness before
 * distance, and continuity. Each test has its own districts, so only its own volunteers compete.
 */
@HubIntegrationTest
class VolunteerMatchingTest {

  @Autowired VolunteerMatcher matcher;
  @Autowired OfferService offers;
  @Autowired OutcomeService outcomes;
  @Autowired DispatchFixture fixture;
  @Autowired org.communityhub.volunteers.VolunteerService volunteers;
  @Autowired FairnessRecount recount;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

  TestArea area;

  @BeforeEach
  void newArea() {
    area = fixture.newArea();
  }

  @Test
  void everyHardFilterKeepsAVolunteerOut() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    DayOfWeek otherDay = today.getDayOfWeek().plus(3);
    fixture.volunteer(livingIn(area.home()).skills(Skill.BEFRIENDING, Skill.SHOPPING).status(VolunteerStatus.PAUSED)
        .dbs(DbsLevel.ENHANCED, today.minusYears(1)));
    fixture.volunteer(livingIn(area.home()).skills(Skill.BEFRIENDING, Skill.SHOPPING).status(VolunteerStatus.APPLIED)
        .dbs(DbsLevel.ENHANCED, today.minusYears(1)));
    fixture.volunteer(livingIn(area.home()).skills(Skill.BEFRIENDING, Skill.SHOPPING).identityNotVerified()
        .dbs(DbsLevel.ENHANCED, today.minusYears(1)));
    fixture.volunteer(livingIn(area.home()).skills(Skill.SHOPPING).dbs(DbsLevel.ENHANCED, today.minusYears(1)));
    fixture.volunteer(livingIn(area.home()).skills(Skill.BEFRIENDING, Skill.SHOPPING).dbs(DbsLevel.BASIC, today.minusYears(1)));
    // issued three years and a day ago: expired under the default hub.volunteers.dbs-valid-for=P3Y
    fixture.volunteer(livingIn(area.home()).skills(Skill.BEFRIENDING, Skill.SHOPPING)
        .dbs(DbsLevel.ENHANCED, today.minusYears(3).minusDays(1)));
    fixture.volunteer(livingIn(area.home()).skills(Skill.BEFRIENDING, Skill.SHOPPING).availableOn(otherDay)
        .dbs(DbsLevel.ENHANCED, today.minusYears(1)));
    long eligible = fixture.volunteer(livingIn(area.home()).skills(Skill.BEFRIENDING, Skill.SHOPPING)
        .dbs(DbsLevel.ENHANCED, today.minusYears(3).plusDays(1)));

    VolunteerTask befriendingToday = task(SearchScope.DISTRICT, EnumSet.of(Skill.BEFRIENDING, Skill.SHOPPING),
        DbsLevel.ENHANCED);
    assertThat(matcher.bestCandidate(befriendingToday)).contains(eligible);

    fixture.jdbc.update("update volunteer set status = 'PAUSED' where id = ?", eligible);
    assertThat(matcher.bestCandidate(befriendingToday)).as("no one else passes the filters").isEmpty();
  }

  @Test
  void aVolunteerIsAskedOnlyAtTheTimesOfDayTheyGave() {
    long evenings = fixture.volunteer(livingIn(area.home()));
    volunteers.changeAvailability(evenings, EnumSet.allOf(DayOfWeek.class),
        EnumSet.of(org.communityhub.volunteers.TimeOfDay.EVENING));
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
    VolunteerTask morning = between(tomorrow, 9, 11);

    assertThat(matcher.bestCandidate(morning)).as("free only in the evening").isEmpty();
    assertThat(matcher.bestCandidate(between(tomorrow, 18, 19))).contains(evenings);

    long anyTime = fixture.volunteer(livingIn(area.home())); // gave no times of day: free at any
    assertThat(matcher.bestCandidate(morning)).contains(anyTime);
  }

  private VolunteerTask between(LocalDate day, int fromHour, int toHour) {
    ZoneId uk = ZoneId.of("Europe/London");
    return new VolunteerTask(-1, -1, -1, area.home(), Priority.P1, EnumSet.of(Skill.SHOPPING), DbsLevel.NONE, "test",
        day.atTime(fromHour, 0).atZone(uk).toInstant(), day.atTime(toHour, 0).atZone(uk).toInstant(),
        SearchScope.DISTRICT, 1);
  }

  @Test
  void scopeDecidesWhereTheVolunteerLivesAndTravelAlwaysCounts() {
    long home = fixture.volunteer(livingIn(area.home()));
    long neighbour = fixture.volunteer(livingIn(area.neighbour()).travelsTo(area.home()));
    fixture.volunteer(livingIn(area.neighbour())); // would not come to the resident's district
    long far = fixture.volunteer(livingIn(area.far()).travelsTo(area.home()));

    assertThat(matcher.bestCandidate(task(SearchScope.DISTRICT))).contains(home);
    assertThat(matcher.bestCandidate(task(SearchScope.NEIGHBOURS))).contains(neighbour);
    fixture.jdbc.update("update volunteer set status = 'PAUSED' where id in (?, ?)", home, neighbour);
    assertThat(matcher.bestCandidate(task(SearchScope.NEIGHBOURS))).isEmpty();
    assertThat(matcher.bestCandidate(task(SearchScope.BOROUGH))).contains(far);
  }

  @Test
  void aVolunteerWhoMovesIsSearchedFromTheirNewHome() {
    long mover = fixture.volunteer(livingIn(area.far()).travelsTo(area.home()));
    assertThat(matcher.bestCandidate(task(SearchScope.NEIGHBOURS))).isEmpty();
    assertThat(matcher.bestCandidate(task(SearchScope.BOROUGH))).as("from far away").contains(mover);

    fixture.jdbc.update("update volunteer set home_district = ? where id = ?", area.neighbour(), mover);
    assertThat(matcher.bestCandidate(task(SearchScope.NEIGHBOURS))).contains(mover);
    assertThat(matcher.bestCandidate(task(SearchScope.BOROUGH))).contains(mover);
  }

  @Test
  void fairnessComesBeforeDistance() {
    long nearButBusyLately = fixture.volunteer(livingIn(area.home()));
    long farAndIdle = fixture.volunteer(livingIn(area.far()).travelsTo(area.home()));
    fixture.jdbc.update("update volunteer set last_assigned_at = ? where id = ?",
        java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)), nearButBusyLately);

    assertThat(matcher.bestCandidate(task(SearchScope.BOROUGH))).contains(farAndIdle);

    fixture.jdbc.update("update volunteer set last_assigned_at = ? where id in (?, ?)",
        java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)), farAndIdle, nearButBusyLately);
    assertThat(matcher.bestCandidate(task(SearchScope.BOROUGH))).as("equally fair: the nearer one").contains(nearButBusyLately);
  }

  @Test
  void longestIdleVolunteerIsAskedFirst() {
    long recent = fixture.volunteer(livingIn(area.home()));
    long longAgo = fixture.volunteer(livingIn(area.home()));
    fixture.jdbc.update("update volunteer set last_assigned_at = ? where id = ?",
        java.sql.Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)), recent);
    fixture.jdbc.update("update volunteer set last_assigned_at = ? where id = ?",
        java.sql.Timestamp.from(Instant.now().minus(20, ChronoUnit.DAYS)), longAgo);

    assertThat(matcher.bestCandidate(task(SearchScope.DISTRICT))).contains(longAgo);
  }

  @Test
  void fewestRecentAssignmentsWinsAndTheVolunteerWhoHelpedBeforeIsAskedFirstForTheSameResident() {
    long helper = fixture.volunteer(livingIn(area.home()));
    var resident = org.communityhub.intake.IntakeCommandBuilder.aRequest().postcode(area.postcode()).needs(Need.FOOD);
    var residentCommand = resident.build();

    // the helper visits the resident once
    String first = fixture.request(org.communityhub.intake.IntakeCommandBuilder.aRequest()
        .sameResidentAs(residentCommand).needs(Need.FOOD));
    assertThat(fixture.awaitOfferedVolunteer(first)).isEqualTo(helper);
    long firstOffer = fixture.offerId(fixture.dispatchOf(first));
    offers.accept(firstOffer);
    outcomes.reportOutcome(firstOffer, Outcome.DONE, null);

    // a newcomer with no assignments joins: fairness would pick them for anyone else...
    long newcomer = fixture.volunteer(livingIn(area.home()));
    String someoneElse = fixture.request(area, Need.FOOD);
    assertThat(fixture.awaitOfferedVolunteer(someoneElse)).isEqualTo(newcomer);
    offers.decline(fixture.offerId(fixture.dispatchOf(someoneElse)));
    fixture.awaitDispatchAt(someoneElse, "Gateway_OfferAnswer");
    org.awaitility.Awaitility.await().atMost(DispatchFixture.PATIENCE)
        .until(() -> fixture.volunteerOfOffer(fixture.offerId(fixture.dispatchOf(someoneElse))) == helper);
    offers.decline(fixture.offerId(fixture.dispatchOf(someoneElse)));
    fixture.awaitDispatchAt(someoneElse, "Task_AllocateManually");

    // ...but the resident the helper knows gets the helper again
    String second = fixture.request(org.communityhub.intake.IntakeCommandBuilder.aRequest()
        .sameResidentAs(residentCommand).needs(Need.FOOD));
    assertThat(fixture.awaitOfferedVolunteer(second)).isEqualTo(helper);
  }

  @Test
  void fairnessIsKeptOnTheVolunteerAsTheyAreOfferedAndAssignedAndAgesOutOfTheRecentPeriod() {
    long helper = fixture.volunteer(livingIn(area.home()));
    String expiring = fixture.request(area, Need.FOOD);
    assertThat(fixture.awaitOfferedVolunteer(expiring)).isEqualTo(helper);
    assertThat(fairness(helper)).containsEntry("engaged", true).containsEntry("recent_assignments", 0);
    offers.expireOffer(fixture.offerId(fixture.dispatchOf(expiring)));
    assertThat(fairness(helper)).as("free again when the offer lapses").containsEntry("engaged", false);

    String reference = fixture.request(area, Need.FOOD);
    assertThat(fixture.awaitOfferedVolunteer(reference)).isEqualTo(helper);
    long offer = fixture.offerId(fixture.dispatchOf(reference));
    offers.accept(offer);
    assertThat(fairness(helper)).containsEntry("engaged", true).containsEntry("recent_assignments", 1);
    assertThat(fairness(helper).get("last_assigned_at")).isNotNull();
    outcomes.reportOutcome(offer, Outcome.DONE, null);
    assertThat(fairness(helper)).containsEntry("engaged", false).containsEntry("recent_assignments", 1);

    // As if that visit was 40 days ago; someone else helped yesterday but has no count this period.
    java.sql.Timestamp fortyDaysAgo = java.sql.Timestamp.from(Instant.now().minus(40, ChronoUnit.DAYS));
    fixture.jdbc.update("update volunteer_assignment set assigned_at = ? where volunteer_id = ?", fortyDaysAgo, helper);
    fixture.jdbc.update("update volunteer set last_assigned_at = ?, recent_oldest_at = ? where id = ?",
        fortyDaysAgo, fortyDaysAgo, helper);
    long other = fixture.volunteer(livingIn(area.home()));
    fixture.jdbc.update("update volunteer set last_assigned_at = ? where id = ?",
        java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)), other);
    assertThat(matcher.bestCandidate(task(SearchScope.DISTRICT))).as("fewest recent before longest idle").contains(other);

    assertThat(recount.recountAsOf(Instant.now())).isPositive();
    assertThat(fairness(helper)).containsEntry("recent_assignments", 0).containsEntry("recent_oldest_at", null);
    assertThat(matcher.bestCandidate(task(SearchScope.DISTRICT))).as("the old visit no longer counts").contains(helper);
  }

  @Test
  void concurrentMatchersPickDifferentVolunteersWithoutWaitingForEachOther() throws Exception {
    long first = fixture.volunteer(livingIn(area.home()));
    long second = fixture.volunteer(livingIn(area.home()));
    java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      java.util.List<java.util.Optional<Long>> picks = transactions.execute(status -> {
        java.util.Optional<Long> mine = matcher.bestCandidate(task(SearchScope.DISTRICT));
        // a second FindVolunteer job while this one has not yet recorded its offer
        java.util.Optional<Long> theirs;
        try {
          theirs = other.submit(() -> transactions.execute(s -> matcher.bestCandidate(task(SearchScope.DISTRICT))))
              .get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new AssertionError("the second matcher waited for the first", e);
        }
        return java.util.List.of(mine, theirs);
      });
      assertThat(picks.get(0)).contains(first);
      assertThat(picks.get(1)).contains(second);
    } finally {
      other.shutdownNow();
    }
  }

  private java.util.Map<String, Object> fairness(long volunteer) {
    return fixture.jdbc.queryForMap(
        "select engaged, recent_assignments, recent_oldest_at, last_assigned_at from volunteer where id = ?", volunteer);
  }

  private VolunteerTask task(SearchScope scope) {
    return task(scope, EnumSet.of(Skill.SHOPPING), DbsLevel.NONE);
  }

  /** A task that exists only for the query: no offers, no resident history. */
  private VolunteerTask task(SearchScope scope, Set<Skill> skills, DbsLevel dbs) {
    Instant now = Instant.now();
    return new VolunteerTask(-1, -1, -1, area.home(), Priority.P1, skills, dbs, "test", now,
        now.plus(1, ChronoUnit.HOURS).isAfter(endOfToday()) ? now : now.plus(1, ChronoUnit.HOURS), scope, 1);
  }

  private static Instant endOfToday() {
    ZoneId uk = ZoneId.of("Europe/London");
    return LocalDate.now(uk).plusDays(1).atStartOfDay(uk).toInstant().minusSeconds(1);
  }
}
