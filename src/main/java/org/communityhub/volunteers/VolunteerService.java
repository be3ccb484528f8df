package org.communityhub.volunteers;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The volunteers register: sign-ups, their skills, districts, availability and checks. Plain SQL,
 * because matching (in dispatch) ranks volunteers in SQL over the same tables.
 */
@Service
public class VolunteerService {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Period dbsValidFor;

  VolunteerService(JdbcTemplate jdbc, Clock clock, @Value("${hub.volunteers.dbs-valid-for:P3Y}") Period dbsValidFor) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.dbsValidFor = dbsValidFor;
  }

  /** Adds a volunteer; returns their id. */
  @Transactional
  public long register(NewVolunteer volunteer) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          insert into volunteer (first_name, last_name, email, phone, home_district, status, identity_verified,
                                 dbs_level, dbs_issued_on, created_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
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
