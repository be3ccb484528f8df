package org.communityhub.volunteeraccount;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub.volunteer-account.*, checked at start; the defaults are in application.yaml.
 *
 * @param baseUrl the hub's public address, where sign-in links point
 * @param signInLinkValidFor how long a sign-in link works (once)
 */
@ConfigurationProperties("hub.volunteer-account")
@Validated
public record VolunteerAccountSettings(@NotNull URI baseUrl, @NotNull Duration signInLinkValidFor) {}
