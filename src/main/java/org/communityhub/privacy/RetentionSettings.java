package org.communityhub.privacy;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub.retention.*, checked at start; the default is in application.yaml, nowhere else.
 *
 * @param residentData residents whose requests all closed longer ago than this are erased
 * @param cron when the retention job runs (read by its schedule)
 */
@ConfigurationProperties("hub.retention")
@Validated
public record RetentionSettings(@NotNull Duration residentData, @NotNull String cron) {}
