package org.communityhub.dispatch;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.NewVolunteer;
import org.communityhub.volunteers.Skill;
import org.communityhub.volunteers.VolunteerStatus;

/** An active, identity-checked shopper available every day; tests change what they are about. */
class VolunteerBuilder {

  private final String home;
  private final Set<String> travels = new LinkedHashSet<>();
  private Set<Skill> skills = EnumSet.of(Skill.SHOPPING);
  private Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
  private VolunteerStatus status = VolunteerStatus.ACTIVE;
  private boolean identityVerified = true;
  private DbsLevel dbs = DbsLevel.NONE;
  private LocalDate dbsIssuedOn;
  private String phone = "07700" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
  private final String email = "volunteer" + System.nanoTime() + "@example.org";

  private VolunteerBuilder(String home) {
    this.home = home;
  }

  static VolunteerBuilder livingIn(String district) {
    return new VolunteerBuilder(district);
  }

  VolunteerBuilder travelsTo(String... districts) {
    travels.addAll(List.of(districts));
    return this;
  }

  VolunteerBuilder skills(Skill... values) {
    skills = EnumSet.of(values[0], values);
    return this;
  }

  VolunteerBuilder availableOn(DayOfWeek... values) {
    days = EnumSet.of(values[0], values);
    return this;
  }

  VolunteerBuilder status(VolunteerStatus value) {
    status = value;
    return this;
  }

  VolunteerBuilder identityNotVerified() {
    identityVerified = false;
    return this;
  }

  VolunteerBuilder dbs(DbsLevel level, LocalDate issuedOn) {
    dbs = level;
    dbsIssuedOn = issuedOn;
    return this;
  }

  VolunteerBuilder noPhone() {
    phone = null;
    return this;
  }

  String email() {
    return email;
  }

  String phone() {
    return phone;
  }

  NewVolunteer build() {
    return new NewVolunteer("Vol", "Unteer", email, phone, home, travels, skills, days, status, identityVerified,
        dbs, dbsIssuedOn);
  }
}
