package org.communityhub.volunteers;

import java.time.LocalDate;
import java.util.List;

/** A volunteer as a coordinator sees them. Personal data: staff API only, never logged. */
public record VolunteerDetails(long id, String reference, String firstName, String lastName, String email,
    String phone, String homeDistrict, List<String> districts, List<String> skills, List<String> availableDays,
    VolunteerStatus status, boolean identityVerified, DbsLevel dbsLevel, LocalDate dbsIssuedOn,
    LocalDate dbsExpiresOn) {}
