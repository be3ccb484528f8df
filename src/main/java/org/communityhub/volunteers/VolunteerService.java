package org.communityhub.volunteers;

import static org.communityhub.volunteers.OnboardingVariables.*;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The volunteers register: sign-ups, their skills, districts, availability and leaving. Plain SQL,
 * because matching ranks volunteers in SQL over the same tables (VolunteerMatching). Onboarding's
 * steps are {@link OnboardingService}'s, DBS certificates {@link DbsCheckService}'s, messages to
 * volunteers {@link VolunteerMessages}'.
 */
@Service
public class VolunteerService {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Period dbsValidFor;
  private final RuntimeService runtimeService;

  VolunteerService(JdbcTemplate jdbc, Clock clock, VolunteerSettings settings, RuntimeService runtimeService) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.dbsValidFor = settings.dbsValidFor();
    this.runtimeService = runtimeService;
  }

  /**
   * An offer of help from a person: registers them as APPLIED (identity not verified) and starts
   * volunteer-onboarding, in one transaction. A volunteer whose email is already registered
   * (in any letter case) is refused with the email field named.
   */
  @Transactional
  public long apply(NewVolunteer volunteer) {
    return apply(volunteer, Set.of());
  }

  /**
   * As {@link #apply(NewVolunteer)}, with the times of day the person is free (none: any time),
   * written before onboarding starts.
   */
  @Transactional
  public long apply(NewVolunteer volunteer, Set<TimeOfDay> timesOfDay) {
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
    writeTimesOfDay(id, timesOfDay);
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
        clock.instant().atOffset(ZoneOffset.UTC), volunteerId);
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
      insert.setObject(10, clock.instant().atOffset(ZoneOffset.UTC));
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

  /** The times of day the volunteer is free; empty: any time of the days they gave. */
  @Transactional(readOnly = true)
  public Set<TimeOfDay> timesOfDay(long volunteerId) {
    Set<TimeOfDay> times = EnumSet.noneOf(TimeOfDay.class);
    jdbc.queryForList("select time_of_day from volunteer_time_of_day where volunteer_id = ?", String.class, volunteerId)
        .forEach(t -> times.add(TimeOfDay.valueOf(t)));
    return times;
  }

  /**
   * The volunteer's own change of when they are free (their page): at least one day and one time
   * of day, else refused with the field named and nothing changed.
   */
  @Transactional
  public void changeAvailability(long volunteerId, Set<DayOfWeek> days, Set<TimeOfDay> timesOfDay) {
    if (days.isEmpty()) {
      throw new VolunteerValidationException("availableDays", "Choose at least one day you can help");
    }
    if (timesOfDay.isEmpty()) {
      throw new VolunteerValidationException("timesOfDay", "Choose at least one time of day you can help");
    }
    details(volunteerId).orElseThrow(() -> new VolunteerNotFoundException(volunteerId));
    jdbc.update("delete from volunteer_availability where volunteer_id = ?", volunteerId);
    for (DayOfWeek day : days) {
      jdbc.update("insert into volunteer_availability (volunteer_id, day_of_week) values (?, ?)", volunteerId,
          day.getValue());
    }
    jdbc.update("delete from volunteer_time_of_day where volunteer_id = ?", volunteerId);
    writeTimesOfDay(volunteerId, timesOfDay);
  }

  /**
   * The volunteer's own new email and phone (their page). The email is required and stays unique;
   * the phone may be empty. Refused, naming the field, when wrong.
   */
  @Transactional
  public void changeContact(long volunteerId, String email, String phone) {
    String address = email == null ? "" : email.strip();
    if (address.isEmpty()) {
      throw new VolunteerValidationException("email", "Enter your email address");
    }
    if (address.length() > 254 || !address.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
      throw new VolunteerValidationException("email", "Enter an email address like name@example.org");
    }
    String number = phone == null ? "" : phone.replaceAll("[\\s()-]", "");
    if (!number.isEmpty() && !number.matches("^\\+?[0-9]{10,13}$")) {
      throw new VolunteerValidationException("phone", "Enter a UK phone number like 07700 900123, or leave it empty");
    }
    Optional<Long> holder = findByEmail(address);
    if (holder.isPresent() && holder.get() != volunteerId) {
      throw new VolunteerValidationException("email", "That email is used by another volunteer: enter your own");
    }
    try {
      if (jdbc.update("update volunteer set email = ?, email_key = ?, phone = ? where id = ?", address,
          address.toLowerCase(Locale.ROOT), number.isEmpty() ? null : number, volunteerId) == 0) {
        throw new VolunteerNotFoundException(volunteerId);
      }
    } catch (DuplicateKeyException e) {
      throw new VolunteerValidationException("email", "That email is used by another volunteer: enter your own");
    }
  }

  /**
   * A volunteer who left asks for their own personal data to be erased: their name, contact
   * details, districts, skills and times go. Kept, for safeguarding: the record that volunteer
   * V-000123 existed, their DBS check's level and date, and which tasks they were offered and did
   * (dispatch's records, which name them only by reference). Only after they left.
   */
  @Transactional
  public void eraseOwnData(long volunteerId) {
    VolunteerDetails volunteer = details(volunteerId).orElseThrow(() -> new VolunteerNotFoundException(volunteerId));
    if (volunteer.status() != VolunteerStatus.LEFT) {
      throw new VolunteerValidationException("status", "Leave first: your details are erased when you leave");
    }
    jdbc.update("""
        update volunteer set first_name = 'Erased', last_name = 'volunteer', email = null, email_key = null,
            phone = null, left_reason = null where id = ?""", volunteerId);
    jdbc.update("delete from volunteer_skill where volunteer_id = ?", volunteerId);
    jdbc.update("delete from volunteer_availability where volunteer_id = ?", volunteerId);
    jdbc.update("delete from volunteer_time_of_day where volunteer_id = ?", volunteerId);
    // the home district stays in volunteer.home_district (not null); travel rows go
    jdbc.update("delete from volunteer_district where volunteer_id = ? and district <> home_district", volunteerId);
  }

  private void writeTimesOfDay(long volunteerId, Set<TimeOfDay> timesOfDay) {
    for (TimeOfDay time : timesOfDay) {
      jdbc.update("insert into volunteer_time_of_day (volunteer_id, time_of_day) values (?, ?)", volunteerId,
          time.name());
    }
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

  /** "Jane Smith": an applicant as their onboarding tasks name them for coordinators. */
  @Transactional(readOnly = true)
  public Optional<String> fullName(long volunteerId) {
    return details(volunteerId).map(v -> v.firstName() + " " + v.lastName());
  }
}
