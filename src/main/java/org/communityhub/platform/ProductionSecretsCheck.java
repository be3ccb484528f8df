package org.communityhub.platform;

import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the production profile with demo users or without the operator's own admin
 * password, before anything is created in the database.
 */
public class ProductionSecretsCheck implements EnvironmentPostProcessor {

  static final Set<String> DEMO_PASSWORDS = Set.of("demo", "admin", "password", "changeme");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("production")) {
      return;
    }
    String adminPassword = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (adminPassword.isBlank() || DEMO_PASSWORDS.contains(adminPassword.toLowerCase())) {
      throw new IllegalStateException(
          "The production profile needs its own admin password: set HUB_ADMIN_PASSWORD "
              + "(not empty, not a demo password).");
    }
    if (environment.getProperty("hub.demo-users.enabled", Boolean.class, false)) {
      throw new IllegalStateException(
          "The production profile must not create demo users: remove hub.demo-users.enabled=true.");
    }
  }
}
