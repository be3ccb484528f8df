package org.communityhub.volunteers;

import static org.communityhub.volunteers.OnboardingVariables.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.communityhub.platform.validation.FieldError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteers' DBS certificates: the check recorded in onboarding or on renewal, whether it is
 * still valid (hub.volunteers.dbs-valid-for after issue), and when the reminders before expiry fall.
 */
@Service
public class DbsCheckService {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  /** Reminders go this many days before a DBS certificate expires, in this order. */
  static final List<Integer> REMINDER_DAYS_BEFORE = List.of(60, 30, 7);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Period dbsValidFor;
  private final RuntimeService runtimeService;
  private final VolunteerService volunteers;

  DbsCheckService(JdbcTemplate jdbc, Clock clock, VolunteerSettings settings, RuntimeService runtimeService,
      VolunteerService volunteers) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.dbsValidFor = settings.dbsValidFor();
    this.runtimeService = runtimeService;
    this.volunteers = volunteers;
  }

  /**
   * 'Record DBS check' done. CLEAR needs a level at least the roles' required one and an issue
   * date that is not in the future and still valid; REFUSED records nothing. Returns whether the
   * check cleared the volunteer.
   */
  @Transactional
  public boolean recordOnboardingDbsCheck(long volunteerId, DbsLevel required, String outcome, String level,
      String issuedOn) {
    if ("REFUSED".equals(outcome)) {
      return false;
    }
    if (!"CLEAR".equals(outcome)) {
      throw new VolunteerValidationException(DBS_OUTCOME, "say whether the DBS check is clear or was refused");
    }
    DbsCheck check = dbsCheck(level, issuedOn);
    if (!check.level().satisfies(required)) {
      throw new VolunteerValidationException(DBS_LEVEL, "the volunteer's roles need a check of level "
          + required + " or higher");
    }
    saveDbsCheck(volunteerId, check);
    return true;
  }

  /**
   * A new DBS certificate for a volunteer (renewal): replaces the old one, stops the reminders
   * for the old one and, for an active volunteer, starts reminders for the new one.
   */
  @Transactional
  public void recordNewDbsCheck(long volunteerId, String level, String issuedOn) {
    VolunteerDetails volunteer = volunteers.details(volunteerId).orElseThrow(() -> new VolunteerNotFoundException(volunteerId));
    DbsCheck check = dbsCheck(level, issuedOn);
    saveDbsCheck(volunteerId, check);
    runtimeService.createMessageCorrelation(MESSAGE_DBS_REPLACED).processInstanceBusinessKey(businessKey(volunteerId))
        .correlateAllWithResult();
    if (volunteer.status() == VolunteerStatus.ACTIVE) {
      startDbsReminders(volunteerId);
    }
  }

  /**
   * A new DBS certificate with its 12-digit number (staff desk): as {@link #recordNewDbsCheck(long, String, String)},
   * every wrong field named at once, and the number kept.
   */
  @Transactional
  public void recordNewDbsCheck(long volunteerId, String level, String issuedOn, String certificateNumber) {
    List<FieldError> problems = new ArrayList<>();
    try {
      dbsCheck(level, issuedOn);
    } catch (VolunteerValidationException e) {
      problems.addAll(e.errors());
    }
    String number = certificateNumber == null ? "" : certificateNumber.replaceAll("[\\s-]", "");
    if (!number.matches("[0-9]{12}")) {
      problems.add(new FieldError("certificateNumber", "Enter the certificate number: the 12 digits on the DBS certificate"));
    }
    if (!problems.isEmpty()) {
      throw new VolunteerValidationException(problems);
    }
    recordNewDbsCheck(volunteerId, level, issuedOn);
    jdbc.update("update volunteer set dbs_certificate_number = ? where id = ?", number, volunteerId);
  }

  /** The number on the volunteer's current DBS certificate, when it was recorded. */
  @Transactional(readOnly = true)
  public Optional<String> dbsCertificateNumber(long volunteerId) {
    return jdbc.queryForList("select dbs_certificate_number from volunteer where id = ?", String.class, volunteerId)
        .stream().filter(number -> number != null).findFirst();
  }

  /** Whether the volunteer holds a DBS certificate that has not expired. */
  @Transactional(readOnly = true)
  public boolean holdsValidDbs(long volunteerId) {
    return jdbc.queryForObject("select count(*) from volunteer where id = ? and dbs_level <> 'NONE'"
        + " and dbs_issued_on > ?", Long.class, volunteerId, dbsIssuedAfter()) > 0;
  }

  /** Starts the reminders before this volunteer's DBS certificate expires (volunteer-dbs-reminders). */
  @Transactional
  public void startDbsReminders(long volunteerId) {
    if (holdsValidDbs(volunteerId)) {
      runtimeService.startProcessInstanceByKey(REMINDERS_KEY, businessKey(volunteerId),
          Variables.createVariables().putValue(VOLUNTEER_ID, volunteerId));
    }
  }

  /** The next DBS reminder after the one sent last (null: none yet). */
  public record Reminder(Date dueAt, int daysBefore) {}

  /**
   * Picks the next reminder: 60, 30, then 7 days before expiry, then the expiry itself (0). A
   * reminder whose day has passed is due now, unless a later one is due too: a certificate
   * recorded 20 days before expiry gets the 7-day reminder on its day, not a stale 60-day one.
   */
  @Transactional(readOnly = true)
  public Reminder nextDbsReminder(long volunteerId, Integer lastDaysBefore) {
    LocalDate expiry = dbsExpiry(volunteerId);
    Instant now = clock.instant();
    List<Integer> remaining = REMINDER_DAYS_BEFORE.stream()
        .filter(d -> lastDaysBefore == null || d < lastDaysBefore).toList();
    Integer passed = null;
    for (Integer days : remaining) {
      if (!startOf(expiry.minusDays(days)).isAfter(now)) {
        passed = days; // the smallest passed one wins: it is the most recent
      }
    }
    if (passed != null) {
      return new Reminder(Date.from(now), passed);
    }
    if (!remaining.isEmpty()) {
      return new Reminder(Date.from(startOf(expiry.minusDays(remaining.get(0)))), remaining.get(0));
    }
    Instant expires = startOf(expiry);
    return new Reminder(Date.from(expires.isBefore(now) ? now : expires), 0);
  }

  private record DbsCheck(DbsLevel level, LocalDate issuedOn) {}

  private DbsCheck dbsCheck(String level, String issuedOn) {
    List<FieldError> problems = new ArrayList<>();
    Optional<DbsLevel> parsed = level == null ? Optional.empty()
        : VolunteerApplicationValidator.enumValue(DbsLevel.class, level).filter(l -> l != DbsLevel.NONE);
    if (parsed.isEmpty()) {
      problems.add(new FieldError(DBS_LEVEL, "choose BASIC or ENHANCED"));
    }
    LocalDate issued = null;
    if (issuedOn == null || issuedOn.isBlank()) {
      problems.add(new FieldError(DBS_ISSUED_ON, "enter the date the certificate was issued, as DD/MM/YYYY"));
    } else {
      try {
        issued = VolunteerApplicationValidator.date(issuedOn);
        if (issued.isAfter(LocalDate.now(clock))) {
          problems.add(new FieldError(DBS_ISSUED_ON, "cannot be in the future"));
        } else if (!issued.isAfter(dbsIssuedAfter())) {
          problems.add(new FieldError(DBS_ISSUED_ON, "this certificate has expired (valid for "
              + (dbsValidFor.getMonths() == 0 && dbsValidFor.getDays() == 0 ? dbsValidFor.getYears() + " years" : dbsValidFor)
              + " after issue): record a newer one"));
        }
      } catch (java.time.format.DateTimeParseException e) {
        problems.add(new FieldError(DBS_ISSUED_ON, "is not a date; use DD/MM/YYYY"));
      }
    }
    if (!problems.isEmpty()) {
      throw new VolunteerValidationException(problems);
    }
    return new DbsCheck(parsed.get(), issued);
  }

  private void saveDbsCheck(long volunteerId, DbsCheck check) {
    // a certificate number belongs to the certificate it came with: a new check clears it
    jdbc.update("update volunteer set dbs_level = ?, dbs_issued_on = ?, dbs_certificate_number = null where id = ?",
        check.level().name(), check.issuedOn(), volunteerId);
  }

  private LocalDate dbsExpiry(long volunteerId) {
    LocalDate issued = jdbc.queryForObject("select dbs_issued_on from volunteer where id = ?", LocalDate.class,
        volunteerId);
    if (issued == null) {
      throw new IllegalStateException("Volunteer " + volunteerId + " holds no DBS certificate");
    }
    return issued.plus(dbsValidFor);
  }

  /** Reminders go at 09:00 UK time, not at midnight. */
  private static Instant startOf(LocalDate day) {
    return day.atTime(9, 0).atZone(UK).toInstant();
  }

  /** DBS certificates issued after this day are still valid today. */
  public LocalDate dbsIssuedAfter() {
    return LocalDate.now(clock).minus(dbsValidFor);
  }
}
