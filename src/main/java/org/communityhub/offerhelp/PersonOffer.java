package org.communityhub.offerhelp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A person's offer of help as typed on /offer-help/person: raw values. Kept (as JSON) only until
 * they confirm their email. {@code website} is the honeypot a person never fills in.
 *
 * @param dbs NONE, BASIC or ENHANCED: whether they hold a DBS check, and which
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonOffer(String firstName, String lastName, String email, String phone, String homeDistrict,
    List<String> travelDistricts, List<String> skills, List<String> availableDays, List<String> timesOfDay,
    String dbs, String dbsIssuedOn, String website) {

  static PersonOffer empty() {
    return new PersonOffer("", "", "", "", "", List.of(), List.of(), List.of(), List.of(), "", "", "");
  }

  List<String> travelDistrictsOrNone() {
    return travelDistricts == null ? List.of() : travelDistricts;
  }

  List<String> skillsOrNone() {
    return skills == null ? List.of() : skills;
  }

  List<String> availableDaysOrNone() {
    return availableDays == null ? List.of() : availableDays;
  }

  List<String> timesOfDayOrNone() {
    return timesOfDay == null ? List.of() : timesOfDay;
  }

  /** The form without the honeypot: what is kept until the email is confirmed. */
  PersonOffer withoutHoneypot() {
    return new PersonOffer(firstName, lastName, email, phone, homeDistrict, travelDistricts, skills, availableDays,
        timesOfDay, dbs, dbsIssuedOn, null);
  }
}
