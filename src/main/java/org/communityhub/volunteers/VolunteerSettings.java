package org.communityhub.volunteers;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub.volunteers.*, checked at start; the default is in application.yaml, nowhere else.
 *
 * @param dbsValidFor how long a DBS certificate counts after its issue date (ISO period, e.g. P3Y)
 */
@ConfigurationProperties("hub.volunteers")
@Validated
public record VolunteerSettings(@NotNull Period dbsValidFor) {}
