package org.communityhub.volunteers;

import static org.communityhub.volunteers.OnboardingVariables.*;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.communityhub.notify.Channel;
import org.communityhub.notify.NotifyService;
import org.communityhub.notify.OutboundMessage;
import org.communityhub.platform.validation.FieldError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The volunteers register: sign-ups, their skills, districts, availability and checks. Plain SQL,
 * because matching ranks volunteers in SQL over the same tables (VolunteerMatching).
 */
@Service
public class VolunteerService {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  /** Reminders go this many days before a DBS certificate expires, in this order. */
  static final List<Integer> REMINDER_DAYS_BEFORE = List.of(60, 30, 7);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Period dbsValidFor;
  private final RuntimeService runtimeService;
  private final NotifyService notify;
  private final String councilName;

  VolunteerService(JdbcTemplate jdbc, Clock clock, VolunteerSettings settings,
      RuntimeService runtimeService, NotifyService notify, @Value("${hub.council.name:the council}") String councilName) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.dbsValidFor = settings.dbsValidFor();
    this.runtimeService = runtimeService;
    this.notify = notify;
    this.councilName = councilName;
  }

  /**
   * An offer of help from a person: registers them as APPLIED (identity not verified) and starts
   * volunteer-onboarding, in one transaction. A volunteer whose email is already registered
   * (in any letter case) is refused with the email field named.
   */
  @Transactional
  public long apply(NewVolunteer volunteer) {
    if (volunteer.status() != VolunteerStatus.APPLIED || volunteer.identityVerified()) {
      throw new IllegalArgumentException("An offer of help starts APPLIED with identity not verified");
    }
    if (findByEmail(volunteer.email()).isPresent()) {
      throw new VolunteerValidationException("email", "a volunteer with this email is already registered");
    }
    long id;
    try {
      id = register(volunteer);
    } catch (DuplicateKeyException e) {
      // the same person signed up at the same moment (a concurrent import of the same list)
      throw new VolunteerValidationException("email", "a volunteer with this email is already registered");
    }
    runtimeService.startProcessInstanceByKey(ONBOARDING_KEY, businessKey(id), Variables.createVariables()
        .putValue(VOLUNTEER_ID, id)
        .putValue(VOLUNTEER_REFERENCE, reference(id))
        .putValue(SKILLS, volunteer.skills().stream().map(Skill::name).sorted().collect(Collectors.joining(","))));
    return id;
  }

  /** A volunteer's id by email, whatever the letter case. */
  @Transactional(readOnly = true)
  public Optional<Long> findByEmail(String email) {
    return jdbc.queryForList("select id from volunteer where email_key = ?", Long.class,
        email.trim().toLowerCase(Locale.ROOT)).stream().findFirst();
  }

  /** What a coordinator sees of a volunteer (GET /api/staff/volunteers/{id}). */
  @Transactional(readOnly = true)
  public Optional<VolunteerDetails> details(long volunteerId) {
    return jdbc.query("""
        select id, first_name, last_name, email, phone, home_district, status, identity_verified, dbs_level, dbs_issued_on
        from volunteer where id = ?""", (rs, n) -> {
      LocalDate issued = rs.getObject(10, LocalDate.class);
      return new VolunteerDetails(rs.getLong(1), reference(rs.getLong(1)), rs.getString(2), rs.getString(3),
          rs.getString(4), rs.getString(5), rs.getString(6),
          jdbc.queryForList("select district from volunteer_district where volunteer_id = ? order by district",
              String.class, volunteerId),
          jdbc.queryForList("select skill from volunteer_skill where volunteer_id = ? order by skill", String.class,
              volunteerId),
          jdbc.queryForList("select day_of_week from volunteer_availability where volunteer_id = ? order by day_of_week",
              Integer.class, volunteerId).stream().map(d -> DayOfWeek.of(d).name()).toList(),
          VolunteerStatus.valueOf(rs.getString(7)), rs.getBoolean(8), DbsLevel.valueOf(rs.getString(9)), issued,
          issued == null ? null : issued.plus(dbsValidFor));
    }, volunteerId).stream().findFirst();
  }

  /** 'Verify identity' done: a verified identity is recorded; a refused one changes nothing yet. */
  @Transactional
  public void recordIdentityCheck(long volunteerId, boolean verified) {
    if (verified) {
      jdbc.update("update volunteer set identity_verified = true where id = ?", volunteerId);
    }
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
    VolunteerDetails volunteer = details(volunteerId).orElseThrow(() -> new VolunteerNotFoundException(volunteerId));
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

  /** The volunteer stops volunteering: never offered work again, no more reminders. */
  @Transactional
  public void leave(long volunteerId) {
    if (jdbc.update("update volunteer set status = 'LEFT' where id = ?", volunteerId) == 0) {
      throw new VolunteerNotFoundException(volunteerId);
    }
    runtimeService.createMessageCorrelation(MESSAGE_VOLUNTEER_LEFT).processInstanceBusinessKey(businessKey(volunteerId))
        .correlateAllWithResult();
  }

  /**
   * The volunteer leaves, with the reason the coordinator gives (staff desk): as {@link #leave(long)},
   * and the reason and time are kept. Refused, naming the field, without a reason or when they left already.
   */
  @Transactional
  public void leave(long volunteerId, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new VolunteerValidationException("reason", "Enter why the volunteer is leaving");
    }
    if (why.length() > 500) {
      throw new VolunteerValidationException("reason", "The reason must be 500 characters or fewer");
    }
    VolunteerDetails volunteer = details(volunteerId).orElseThrow(() -> new VolunteerNotFoundException(volunteerId));
    if (volunteer.status() == VolunteerStatus.LEFT) {
      throw new VolunteerValidationException("reason", "This volunteer has already left");
    }
    leave(volunteerId);
    jdbc.update("update volunteer set left_reason = ?, left_at = ? where id = ?", why,
        clock.instant().atOffset(java.time.ZoneOffset.UTC), volunteerId);
  }

  /** Why the volunteer left, when a coordinator recorded it. */
  @Transactional(readOnly = true)
  public Optional<String> leftReason(long volunteerId) {
    return jdbc.queryForList("select left_reason from volunteer where id = ? and status = 'LEFT'", String.class,
        volunteerId).stream().filter(reason -> reason != null).findFirst();
  }

  /** ACTIVE → PAUSED: not offered work until resumed (a holiday, an illness). Only an active volunteer. */
  @Transactional
  public void pause(long volunteerId) {
    changeStatus(volunteerId, VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED, "Only an active volunteer can be paused");
  }

  /** PAUSED → ACTIVE: offered work again. */
  @Transactional
  public void resume(long volunteerId) {
    changeStatus(volunteerId, VolunteerStatus.PAUSED, VolunteerStatus.ACTIVE, "Only a paused volunteer can be resumed");
  }

  private void changeStatus(long volunteerId, VolunteerStatus from, VolunteerStatus to, String refusal) {
    if (jdbc.update("update volunteer set status = ? where id = ? and status = ?", to.name(), volunteerId,
        from.name()) == 0) {
      details(volunteerId).orElseThrow(() -> new VolunteerNotFoundException(volunteerId));
      throw new VolunteerValidationException("status", refusal);
    }
  }

  /** Onboarding ended without activation (identity or DBS). */
  @Transactional
  public void refuse(long volunteerId) {
    jdbc.update("update volunteer set status = 'REFUSED' where id = ? and status = 'APPLIED'", volunteerId);
  }

  /** APPLIED → ACTIVE; false when the applicant withdrew (LEFT) meanwhile. */
  @Transactional
  public boolean activate(long volunteerId) {
    return jdbc.update("update volunteer set status = 'ACTIVE' where id = ? and status = 'APPLIED'"
        + " and identity_verified = true", volunteerId) == 1;
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

  /**
   * Sends a DBS reminder (or, at 0 days, the expiry notice) by email, once: the outbox key names
   * the volunteer, the certificate's issue date and the reminder, so a retried step, a restart or
   * a re-planned reminder never sends it twice.
   */
  @Transactional
  public void sendDbsReminder(long volunteerId, int daysBefore) {
    VolunteerContact volunteer = contact(volunteerId).orElseThrow(() -> new VolunteerNotFoundException(volunteerId));
    LocalDate issued = jdbc.queryForObject("select dbs_issued_on from volunteer where id = ?", LocalDate.class,
        volunteerId);
    LocalDate expiry = issued.plus(dbsValidFor);
    Map<String, String> personalisation = new LinkedHashMap<>();
    personalisation.put("council", councilName);
    personalisation.put("expiresOn", expiry.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    // the real days left: a late-recorded certificate gets its reminder with fewer days than planned
    personalisation.put("daysLeft", String.valueOf(Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock), expiry))));
    notify.send(new OutboundMessage("dbs-" + (daysBefore > 0 ? "reminder" : "expired") + "-" + volunteerId + "-"
        + issued + (daysBefore > 0 ? "-" + daysBefore : ""), Channel.EMAIL,
        daysBefore > 0 ? "dbs-reminder-email" : "dbs-expired-email", "volunteer:" + volunteerId, volunteer.email(),
        personalisation));
  }

  /** Welcome to an activated volunteer, sent once. */
  @Transactional
  public void sendWelcome(long volunteerId) {
    sendOnce(volunteerId, "volunteer-welcome-" + volunteerId, "volunteer-welcome-email");
  }

  /** Tells an applicant onboarding did not succeed, sent once. */
  @Transactional
  public void sendNotAccepted(long volunteerId) {
    sendOnce(volunteerId, "volunteer-not-accepted-" + volunteerId, "volunteer-not-accepted-email");
  }

  private void sendOnce(long volunteerId, String key, String template) {
    VolunteerContact volunteer = contact(volunteerId).orElseThrow(() -> new VolunteerNotFoundException(volunteerId));
    notify.send(new OutboundMessage(key, Channel.EMAIL, template, "volunteer:" + volunteerId, volunteer.email(),
        Map.of("council", councilName, "reference", reference(volunteerId))));
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

  /** Adds a volunteer; returns their id. */
  @Transactional
  public long register(NewVolunteer volunteer) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          insert into volunteer (first_name, last_name, email, phone, home_district, status, identity_verified,
                                 dbs_level, dbs_issued_on, created_at, email_key)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      insert.setString(1, volunteer.firstName());
      insert.setString(2, volunteer.lastName());
      insert.setString(3, volunteer.email());
      insert.setString(4, volunteer.phone());
      insert.setString(5, volunteer.homeDistrict());
      insert.setString(6, volunteer.status().name());
      insert.setBoolean(7, volunteer.identityVerified());
      insert.setString(8, volunteer.dbsLevel().name());
      insert.setObject(9, volunteer.dbsIssuedOn());
      insert.setObject(10, clock.instant().atOffset(java.time.ZoneOffset.UTC));
      insert.setString(11, volunteer.email() == null ? null : volunteer.email().trim().toLowerCase(Locale.ROOT));
      return insert;
    }, key);
    long id = key.getKey().longValue();
    for (Skill skill : volunteer.skills()) {
      jdbc.update("insert into volunteer_skill (volunteer_id, skill) values (?, ?)", id, skill.name());
    }
    Set<String> districts = new LinkedHashSet<>();
    districts.add(volunteer.homeDistrict());
    districts.addAll(volunteer.travelDistricts());
    for (String district : districts) {
      jdbc.update("insert into volunteer_district (volunteer_id, district, home_district) values (?, ?, ?)", id, district,
          volunteer.homeDistrict());
    }
    for (DayOfWeek day : volunteer.availableDays()) {
      jdbc.update("insert into volunteer_availability (volunteer_id, day_of_week) values (?, ?)", id, day.getValue());
    }
    return id;
  }

  @Transactional(readOnly = true)
  public Optional<VolunteerContact> contact(long volunteerId) {
    return jdbc.query("select id, first_name, email, phone from volunteer where id = ?",
        (rs, n) -> new VolunteerContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
        volunteerId).stream().findFirst();
  }

  /** An ACTIVE volunteer by email, for a coordinator who allocates by hand. */
  @Transactional(readOnly = true)
  public Optional<Long> findActiveByEmail(String email) {
    return jdbc.queryForList("select id from volunteer where lower(email) = lower(?) and status = 'ACTIVE'",
        Long.class, email.trim()).stream().findFirst();
  }

  /** DBS certificates issued after this day are still valid today. */
  public LocalDate dbsIssuedAfter() {
    return LocalDate.now(clock).minus(dbsValidFor);
  }
}
