package org.communityhub.volunteers;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.communityhub.area.AreaService;
import org.communityhub.platform.validation.FieldError;
import org.springframework.stereotype.Component;

/** Checks an offer of help field by field; every problem is reported, not just the first. */
@Component
public class VolunteerApplicationValidator {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9]{10,13}$");
  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);

  private final AreaService area;
  private final Clock clock;

  VolunteerApplicationValidator(AreaService area, Clock clock) {
    this.area = area;
    this.clock = clock;
  }

  /** The volunteer to register as APPLIED, or every problem found. */
  public Result validate(VolunteerApplication a) {
    List<FieldError> problems = new ArrayList<>();
    String firstName = name(a.firstName(), "firstName", problems);
    String lastName = name(a.lastName(), "lastName", problems);
    String email = trim(a.email());
    if (email == null) {
      problems.add(new FieldError("email", "enter the volunteer's email address"));
    } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      problems.add(new FieldError("email", "enter an email address like name@example.org"));
    }
    String phone = trim(a.phone());
    if (phone != null) {
      phone = phone.replaceAll("[\\s()-]", "");
      if (!PHONE.matcher(phone).matches()) {
        problems.add(new FieldError("phone", "enter a UK phone number like 07700 900123, or leave it empty"));
      }
    }
    String home = trim(a.homeDistrict());
    if (home == null) {
      problems.add(new FieldError("homeDistrict", "enter the postcode district the volunteer lives in, like WA10"));
    } else {
      home = home.toUpperCase(Locale.UK);
      if (!knownDistrict(home)) {
        problems.add(new FieldError("homeDistrict", "'" + home + "' is not a district of the council area"));
      }
    }
    Set<String> travel = new LinkedHashSet<>();
    for (String district : values(a.travelDistricts())) {
      String code = district.toUpperCase(Locale.UK);
      if (!knownDistrict(code)) {
        problems.add(new FieldError("travelDistricts", "'" + code + "' is not a district of the council area"));
      }
      travel.add(code);
    }
    Set<Skill> skills = EnumSet.noneOf(Skill.class);
    for (String value : values(a.skills())) {
      enumValue(Skill.class, value).ifPresentOrElse(skills::add, () -> problems.add(new FieldError("skills",
          "'" + value + "' is not a skill; use " + names(Skill.values()))));
    }
    if (skills.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("skills"))) {
      problems.add(new FieldError("skills", "choose at least one way the volunteer will help"));
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String value : values(a.availableDays())) {
      day(value).ifPresentOrElse(days::add, () -> problems.add(new FieldError("availableDays",
          "'" + value + "' is not a day; use MONDAY … SUNDAY or MON … SUN")));
    }
    if (days.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("availableDays"))) {
      problems.add(new FieldError("availableDays", "choose at least one day the volunteer can help"));
    }
    DbsLevel dbs = DbsLevel.NONE;
    LocalDate dbsIssuedOn = null;
    String level = trim(a.dbsLevel());
    if (level != null) {
      Optional<DbsLevel> parsed = enumValue(DbsLevel.class, level);
      if (parsed.isEmpty()) {
        problems.add(new FieldError("dbsLevel", "use NONE, BASIC or ENHANCED"));
      } else {
        dbs = parsed.get();
      }
    }
    String issued = trim(a.dbsIssuedOn());
    if (issued != null) {
      try {
        dbsIssuedOn = date(issued);
        if (dbsIssuedOn.isAfter(LocalDate.now(clock))) {
          problems.add(new FieldError("dbsIssuedOn", "cannot be in the future"));
        }
      } catch (DateTimeParseException e) {
        problems.add(new FieldError("dbsIssuedOn", "is not a date; use DD/MM/YYYY or YYYY-MM-DD"));
      }
    }
    if (dbs != DbsLevel.NONE && issued == null) {
      problems.add(new FieldError("dbsIssuedOn", "enter the date the DBS certificate was issued"));
    } else if (dbs == DbsLevel.NONE && issued != null && level != null) {
      problems.add(new FieldError("dbsLevel", "give the level of the DBS check issued on that date"));
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    if (dbs == DbsLevel.NONE) {
      dbsIssuedOn = null;
    }
    return new Result(new NewVolunteer(firstName, lastName, email, phone, home, travel, skills, days,
        VolunteerStatus.APPLIED, false, dbs, dbsIssuedOn), List.of());
  }

  /** A valid volunteer, or the problems. */
  public record Result(NewVolunteer volunteer, List<FieldError> problems) {
    public boolean valid() {
      return volunteer != null;
    }
  }

  /** DD/MM/YYYY (what staff type) or YYYY-MM-DD (what spreadsheets export). */
  static LocalDate date(String value) {
    String v = value.trim();
    return v.contains("/") ? LocalDate.parse(v, UK_DATE) : LocalDate.parse(v);
  }

  static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value) {
    String name = value.trim().toUpperCase(Locale.UK).replace(' ', '_').replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  private static Optional<DayOfWeek> day(String value) {
    String v = value.trim().toUpperCase(Locale.UK);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(v) || (v.length() == 3 && day.name().startsWith(v))) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  private boolean knownDistrict(String code) {
    return area.isDistrict(code);
  }

  private static String name(String value, String field, List<FieldError> problems) {
    String v = trim(value);
    if (v == null) {
      problems.add(new FieldError(field, "enter the volunteer's " + (field.equals("firstName") ? "first name" : "last name")));
    } else if (v.length() > 100) {
      problems.add(new FieldError(field, "must be 100 characters or fewer"));
    }
    return v;
  }

  private static List<String> values(List<String> list) {
    return list == null ? List.of() : list.stream().map(VolunteerApplicationValidator::trim)
        .filter(v -> v != null).toList();
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String names(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> value : values) {
      names.add(value.name());
    }
    return String.join(", ", names);
  }
}
