package org.communityhub.volunteers;

/** How to reach a volunteer with an offer. Personal data: never log it at INFO. */
public record VolunteerContact(long id, String firstName, String email, String phone) {}
