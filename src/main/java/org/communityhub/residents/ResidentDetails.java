package org.communityhub.residents;

import java.time.LocalDate;

/** Who a request is for, as given by the caller or partner; postcode already normalised. */
public record ResidentDetails(
    String firstName,
    String lastName,
    LocalDate dateOfBirth,
    String phone,
    String email,
    String addressLine1,
    String addressLine2,
    String town,
    String postcode) {}
