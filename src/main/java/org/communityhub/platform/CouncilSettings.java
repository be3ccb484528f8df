package org.communityhub.platform;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub.council.*, checked at start; the default is in application.yaml, nowhere else.
 *
 * @param name the council's name as residents, volunteers and staff read it ("Demo Borough Council")
 */
@ConfigurationProperties("hub.council")
@Validated
public record CouncilSettings(@NotBlank String name) {}
