package org.communityhub.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communityhub.organisations.NewOrganisation;
import org.communityhub.organisations.OrganisationService;
import org.communityhub.organisations.OrganisationValidationException;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.volunteers.VolunteerRegister.DbsState;
import org.communityhub.volunteers.VolunteerRegister.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinators' volunteer register on real PostgreSQL, with volunteers seeded at known
 * distances from today: which DBS state each is in (expired, expiring within 60 days, valid for
 * longer, none), who has been idle for N days, and what pausing, leaving and a new DBS check store.
 */
@HubIntegrationTest
class VolunteerRegisterTest {

  @Autowired VolunteerRegister register;
  @Autowired VolunteerService volunteers;
  @Autowired DbsCheckService dbsChecks;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  final String run = Long.toString(System.nanoTime(), 36);
  LocalDate today;

  long expired;
  long expiresIn30Days;
  long expiresIn61Days;
  long noCheck;
  long idle40Days;
  long deployed5DaysAgo;

  @BeforeEach
  void seedVolunteersAtKnownDates() {
    today = LocalDate.now(clock);
    expired = seed("expired", DbsLevel.ENHANCED, today.minusYears(3).minusDays(1));
    expiresIn30Days = seed("soon", DbsLevel.BASIC, today.minusYears(3).plusDays(30));
    expiresIn61Days = seed("later", DbsLevel.BASIC, today.minusYears(3).plusDays(61));
    noCheck = seed("none", DbsLevel.NONE, null);
    idle40Days = seed("idle", DbsLevel.NONE, null);
    deployed5DaysAgo = seed("busy", DbsLevel.NONE, null);
    deployedDaysAgo(idle40Days, 40);
    deployedDaysAgo(deployed5DaysAgo, 5);
  }

  @Test
  void eachVolunteerIsInTheDbsStateTheirCertificateIsInToday() {
    assertThat(ids(dbs(DbsState.EXPIRED))).contains(expired)
        .doesNotContain(expiresIn30Days, expiresIn61Days, noCheck);
    assertThat(ids(dbs(DbsState.EXPIRES_SOON))).contains(expiresIn30Days)
        .doesNotContain(expired, expiresIn61Days, noCheck);
    assertThat(ids(dbs(DbsState.VALID))).contains(expiresIn61Days)
        .doesNotContain(expired, expiresIn30Days, noCheck);
    assertThat(ids(dbs(DbsState.NONE))).contains(noCheck, idle40Days)
        .doesNotContain(expired, expiresIn30Days, expiresIn61Days);

    VolunteerRegister.Entry soon = all(dbs(DbsState.EXPIRES_SOON)).stream()
        .filter(e -> e.id() == expiresIn30Days).findFirst().orElseThrow();
    assertThat(soon.dbsExpiresOn()).isEqualTo(today.plusDays(30));
    assertThat(soon.skills()).containsExactly(Skill.LANGUAGES, Skill.SHOPPING);
    assertThat(soon.reference()).isEqualTo(OnboardingVariables.reference(expiresIn30Days));
  }

  @Test
  void idleForNDaysMeansNotDeployedSinceThenOrNever() {
    List<Long> idle30 = ids(new Filter("WA10", Skill.LANGUAGES, null, null, 30));
    assertThat(idle30).contains(idle40Days, noCheck).doesNotContain(deployed5DaysAgo);
    assertThat(ids(new Filter("WA10", Skill.LANGUAGES, null, null, 41))).contains(noCheck)
        .doesNotContain(idle40Days, deployed5DaysAgo);
    assertThat(ids(new Filter("WA10", Skill.LANGUAGES, null, null, 3))).contains(deployed5DaysAgo);
  }

  @Test
  void filtersCombineAndPausingAndResumingMoveAVolunteerBetweenStatuses() {
    Filter paused = new Filter("WA10", Skill.LANGUAGES, VolunteerStatus.PAUSED, null, null);
    assertThat(ids(paused)).doesNotContain(noCheck);
    volunteers.pause(noCheck);
    assertThat(ids(paused)).contains(noCheck).doesNotContain(idle40Days);
    assertThat(ids(new Filter("WA9", Skill.LANGUAGES, VolunteerStatus.PAUSED, null, null))).doesNotContain(noCheck);
    assertThat(ids(new Filter("WA10", Skill.DRIVING, VolunteerStatus.PAUSED, null, null))).doesNotContain(noCheck);
    assertThatThrownBy(() -> volunteers.pause(noCheck)).isInstanceOf(VolunteerValidationException.class)
        .hasMessageContaining("Only an active volunteer can be paused");
    volunteers.resume(noCheck);
    assertThat(volunteers.details(noCheck).orElseThrow().status()).isEqualTo(VolunteerStatus.ACTIVE);
  }

  @Test
  void aPageHoldsAtMostFiftyInNameOrderAndCountsEveryMatch() {
    VolunteerRegister.Page first = register.search(Filter.everyone(), 1);
    assertThat(first.entries()).hasSizeLessThanOrEqualTo(VolunteerRegister.PAGE_SIZE);
    assertThat(first.total()).isGreaterThanOrEqualTo(6);
    List<String> seeded = all(dbs(null)).stream().filter(e -> e.lastName().equals("Register" + run))
        .map(VolunteerRegister.Entry::firstName).toList();
    assertThat(seeded).containsExactly("Regbusy", "Regexpired", "Regidle", "Reglater", "Regnone", "Regsoon");
  }

  @Test
  void leavingKeepsTheReasonAndANewDbsCheckItsCertificateNumber() {
    assertThatThrownBy(() -> volunteers.leave(expired, "  ")).isInstanceOf(VolunteerValidationException.class);
    dbsChecks.recordNewDbsCheck(expired, "ENHANCED", today.minusDays(3).format(
        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), "0012 3456 7890");
    assertThat(dbsChecks.dbsCertificateNumber(expired)).contains("001234567890");
    assertThat(ids(dbs(DbsState.VALID))).contains(expired);
    assertThatThrownBy(() -> dbsChecks.recordNewDbsCheck(expired, null, "31/02/2026", "12"))
        .isInstanceOfSatisfying(VolunteerValidationException.class, e -> assertThat(e.errors())
            .extracting(org.communityhub.platform.validation.FieldError::field)
            .containsExactlyInAnyOrder("dbsLevel", "dbsIssuedOn", "certificateNumber"));

    volunteers.leave(expired, "Moved to Leeds");
    assertThat(volunteers.details(expired).orElseThrow().status()).isEqualTo(VolunteerStatus.LEFT);
    assertThat(volunteers.leftReason(expired)).contains("Moved to Leeds");
    assertThatThrownBy(() -> volunteers.leave(expired, "again")).isInstanceOf(VolunteerValidationException.class)
        .hasMessageContaining("already left");
  }

  @Test
  void anOrganisationsCapacityCannotGoBelowThePlacesInUse() {
    long id = organisations.record(new NewOrganisation("Register Pantry " + run, "CHARITY", null, "01632 960200", null,
        List.of("SHOPPING"), 2, List.of("WA10")));
    jdbc.update("update organisation set capacity_left = 0 where id = ?", id); // both places taken
    assertThatThrownBy(() -> organisations.changeCapacity(id, 1)).isInstanceOf(OrganisationValidationException.class)
        .hasMessageContaining("It has 2 requests in hand");
    organisations.changeCapacity(id, 5);
    assertThat(organisations.find(id).orElseThrow()).satisfies(o -> {
      assertThat(o.capacity()).isEqualTo(5);
      assertThat(o.capacityLeft()).isEqualTo(3);
    });
  }

  private Filter dbs(DbsState state) {
    return new Filter("WA10", Skill.LANGUAGES, null, state, null);
  }

  /** Every page of the register for the filter: other tests add volunteers too. */
  private List<VolunteerRegister.Entry> all(Filter filter) {
    List<VolunteerRegister.Entry> entries = new ArrayList<>();
    VolunteerRegister.Page page = register.search(filter, 1);
    entries.addAll(page.entries());
    for (int number = 2; number <= page.pages(); number++) {
      entries.addAll(register.search(filter, number).entries());
    }
    assertThat(entries).hasSize((int) page.total());
    return entries;
  }

  private List<Long> ids(Filter filter) {
    return all(filter).stream().map(VolunteerRegister.Entry::id).toList();
  }

  private long seed(String name, DbsLevel level, LocalDate issuedOn) {
    return volunteers.register(new NewVolunteer("Reg" + name, "Register" + run, name + "." + run + "@example.org",
        null, "WA10", Set.of(), Set.of(Skill.LANGUAGES, Skill.SHOPPING), Set.of(DayOfWeek.MONDAY),
        VolunteerStatus.ACTIVE, true, level, issuedOn));
  }

  private void deployedDaysAgo(long volunteerId, int days) {
    jdbc.update("update volunteer set last_assigned_at = ? where id = ?",
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusDays(days), volunteerId);
  }
}
