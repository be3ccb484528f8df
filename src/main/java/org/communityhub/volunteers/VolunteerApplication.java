package org.communityhub.volunteers;

import java.util.List;

/**
 * An offer of help from a person as typed by a coordinator or read from a CSV row: raw values,
 * checked by {@link VolunteerApplicationValidator}. Dates are YYYY-MM-DD or DD/MM/YYYY.
 */
public record VolunteerApplication(String firstName, String lastName, String email, String phone,
    String homeDistrict, List<String> travelDistricts, List<String> skills, List<String> availableDays,
    String dbsLevel, String dbsIssuedOn) {}
