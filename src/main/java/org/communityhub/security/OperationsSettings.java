package org.communityhub.security;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub.operations.*, checked at start; the default is in application.yaml, nowhere else.
 *
 * @param groups the Camunda groups whose members may read the hub's metrics (/actuator/prometheus)
 */
@ConfigurationProperties("hub.operations")
@Validated
public record OperationsSettings(@NotEmpty List<String> groups) {}
