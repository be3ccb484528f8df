package org.communityhub.offerhelp;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub.offer-help.*, checked at start; the defaults are in application.yaml.
 *
 * @param baseUrl the hub's public address, where the confirmation links point
 * @param confirmLinkValidFor how long a person has to confirm their email before the offer is dropped
 */
@ConfigurationProperties("hub.offer-help")
@Validated
public record OfferHelpSettings(@NotNull URI baseUrl, @NotNull Duration confirmLinkValidFor) {}
