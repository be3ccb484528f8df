package org.communityhub.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communityhub.volunteers.Skill;
import org.communityhub.volunteers.VolunteerRegister;
import org.communityhub.volunteers.VolunteerStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The volunteer register's filters as the GET form sends them (empty: any). Checked here, so the
 * register is asked only with known districts, skills and states and a sensible number of days.
 */
public record VolunteerRegisterQuery(String district, String skill, String status, String dbs, String idleDays,
    String page) {

  /** Not deployed for longer than this is asked as "never": ten years. */
  static final int MAX_IDLE_DAYS = 3650;

  record Checked(VolunteerRegister.Filter filter, int page, List<FormError> errors) {}

  Checked check(List<String> districts) {
    List<FormError> errors = new ArrayList<>();
    String home = blank(district) ? null : district.trim().toUpperCase(java.util.Locale.UK);
    if (home != null && !districts.contains(home)) {
      errors.add(new FormError("district", "Choose a home district from the list"));
    }
    Skill chosenSkill = choice(Skill.class, skill, "skill", "Choose a skill from the list", errors);
    VolunteerStatus chosenStatus = choice(VolunteerStatus.class, status, "status", "Choose a status from the list",
        errors);
    VolunteerRegister.DbsState chosenDbs = choice(VolunteerRegister.DbsState.class, dbs, "dbs",
        "Choose a DBS state from the list", errors);
    Integer idle = null;
    if (!blank(idleDays)) {
      idle = whole(idleDays).filter(days -> days >= 1 && days <= MAX_IDLE_DAYS).orElse(null);
      if (idle == null) {
        errors.add(new FormError("idleDays", "Enter the number of days as a whole number from 1 to " + MAX_IDLE_DAYS
            + ", like 30"));
      }
    }
    int pageNumber = blank(page) ? 1 : whole(page).filter(p -> p >= 1).orElse(1);
    return new Checked(new VolunteerRegister.Filter(home, chosenSkill, chosenStatus, chosenDbs, idle), pageNumber,
        errors);
  }

  /** The register's address with these filters and another page number, for the pagination links. */
  String pageLink(int number) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/staff/volunteers");
    add(link, "district", district);
    add(link, "skill", skill);
    add(link, "status", status);
    add(link, "dbs", dbs);
    add(link, "idleDays", idleDays);
    return link.queryParam("page", number).encode().build().toUriString();
  }

  public boolean anyFilter() {
    return !blank(district) || !blank(skill) || !blank(status) || !blank(dbs) || !blank(idleDays);
  }

  private static void add(UriComponentsBuilder link, String name, String value) {
    if (!blank(value)) {
      link.queryParam(name, value.trim());
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message,
      List<FormError> errors) {
    if (blank(value)) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.trim())) {
        return constant;
      }
    }
    errors.add(new FormError(field, message));
    return null;
  }

  private static Optional<Integer> whole(String text) {
    try {
      return Optional.of(Integer.parseInt(text.trim()));
    } catch (NumberFormatException notAWholeNumber) {
      return Optional.empty();
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
