package org.communityhub.organisations;

import java.util.List;

/**
 * An organisation's offer of help as a coordinator records it (raw values, checked by
 * OrganisationService): what it can help with (volunteer skills), how many requests it can take
 * on at once, and the districts it serves.
 */
public record NewOrganisation(String name, String kind, String contactName, String contactPhone, String contactEmail,
    List<String> offers, Integer capacity, List<String> districts) {}
