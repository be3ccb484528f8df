package org.communityhub.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub.reports.*, checked at start; the defaults are in application.yaml, nowhere else.
 *
 * @param fewerThan in a report for publication (the panel report), counts from 1 to one below this are
 *     shown as "fewer than N", so a small district cannot identify a resident; 0 or 1 shows every count
 * @param idleDays active volunteers not deployed for longer than this many days count as idle
 * @param dbsExpiringWithinDays DBS certificates expiring within this many days count as expiring
 */
@ConfigurationProperties("hub.reports")
@Validated
public record ReportSettings(@Min(0) @Max(100) int fewerThan, @Min(1) @Max(3650) int idleDays,
    @Min(1) @Max(365) int dbsExpiringWithinDays) {}
