package org.communityhub.security;

import static org.communityhub.security.StaffAuthorities.ADMIN_AUTHORITY;

import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Boot Actuator: health is for anyone (UP or DOWN, never details, see application.yaml);
 * every other endpoint (metrics for Prometheus) only for members of hub.operations.groups and
 * administrators, by HTTP Basic against Camunda's users, as a Prometheus scrape job sends it.
 */
@Configuration
@EnableConfigurationProperties(OperationsSettings.class)
public class OperationsSecurityConfig {

  @Bean
  @ConditionalOnWebApplication
  @Order(5)
  SecurityFilterChain actuatorChain(HttpSecurity http, IdentityService identityService, OperationsSettings settings)
      throws Exception {
    String[] readers = Stream.concat(settings.groups().stream().map(group -> "GROUP_" + group),
        Stream.of(ADMIN_AUTHORITY)).toArray(String[]::new);
    http.securityMatcher("/actuator", "/actuator/**")
        .authenticationProvider(new CamundaIdentityAuthentication(identityService))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .anyRequest().hasAnyAuthority(readers))
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
    return http.build();
  }
}
