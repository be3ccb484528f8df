package org.communityhub.volunteers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** A volunteer as signed up: who, where they live and will travel, what they can do, when, and their checks. */
public record NewVolunteer(
    String firstName,
    String lastName,
    String email,
    String phone,
    String homeDistrict,
    Set<String> travelDistricts,
    Set<Skill> skills,
    Set<DayOfWeek> availableDays,
    VolunteerStatus status,
    boolean identityVerified,
    DbsLevel dbsLevel,
    LocalDate dbsIssuedOn) {}
