package org.communityhub.dispatch;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub.volunteer-page.*, checked at start; the defaults are in application.yaml, nowhere else.
 *
 * @param baseUrl the hub's public address, where the links in offer messages point
 * @param linkSecret signs the links sent to volunteers (HMAC-SHA256): at least 32 random characters
 * @param lawfulBasis the lawful basis recorded with every showing of a resident's details to a volunteer
 */
@ConfigurationProperties("hub.volunteer-page")
@Validated
public record VolunteerPageSettings(
    @NotNull URI baseUrl,
    @NotBlank @Size(min = 32, message = "must be at least 32 random characters (HUB_VOLUNTEER_LINK_SECRET)") String linkSecret,
    @NotBlank String lawfulBasis) {}
