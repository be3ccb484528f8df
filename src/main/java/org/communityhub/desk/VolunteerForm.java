package org.communityhub.desk;

import java.util.List;
import org.communityhub.volunteers.VolunteerApplication;

/** The "add a volunteer" form as typed; the volunteers feature checks it as it checks the staff API. */
public record VolunteerForm(String firstName, String lastName, String email, String phone, String homeDistrict,
    List<String> travelDistricts, List<String> skills, List<String> availableDays, String dbsLevel,
    String dbsIssuedOn) {

  static VolunteerForm empty() {
    return new VolunteerForm(null, null, null, null, null, List.of(), List.of(), List.of(), "NONE", null);
  }

  VolunteerApplication application() {
    boolean noCheck = dbsLevel == null || dbsLevel.isBlank() || "NONE".equals(dbsLevel);
    // "None" with no date is no check; "None" with a date is asked about, as in the staff API
    return new VolunteerApplication(firstName, lastName, email, phone, homeDistrict, orEmpty(travelDistricts),
        orEmpty(skills), orEmpty(availableDays), noCheck && (dbsIssuedOn == null || dbsIssuedOn.isBlank()) ? null
            : dbsLevel, dbsIssuedOn);
  }

  public boolean has(List<String> values, String value) {
    return values != null && values.contains(value);
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }
}
