package org.communityhub.area;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub.signpost.*, checked at start; the defaults are in application.yaml, nowhere else.
 *
 * @param directoryUrl the council's service directory, where residents who are not eligible are pointed
 * @param findYourCouncilUrl where a resident from a district the hub has no signpost for finds their council
 */
@ConfigurationProperties("hub.signpost")
@Validated
public record SignpostSettings(@NotNull URI directoryUrl, @NotNull URI findYourCouncilUrl) {}
