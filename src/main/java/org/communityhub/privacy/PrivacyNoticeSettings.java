package org.communityhub.privacy;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub.privacy-notice.*: the words of the privacy notice (/privacy), checked at start; the defaults
 * are in application.yaml, nowhere else. The council's name (hub.council.name) and how long data is
 * kept (hub.retention.resident-data) come from their own settings, so the notice cannot disagree with them.
 *
 * @param whatWeKeep what the hub keeps about a resident
 * @param why why, and the lawful basis in plain words
 * @param whoSeesIt who sees it
 * @param contact whom to ask about it, and how
 */
@ConfigurationProperties("hub.privacy-notice")
@Validated
public record PrivacyNoticeSettings(@NotBlank String whatWeKeep, @NotBlank String why, @NotBlank String whoSeesIt,
    @NotBlank String contact) {}
