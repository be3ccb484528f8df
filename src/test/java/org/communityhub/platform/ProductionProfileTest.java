package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communityhub.CommunityHubApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

/** The production profile will not start with demo users or the demo admin password. */
class ProductionProfileTest {

  private final ProductionSecretsCheck check = new ProductionSecretsCheck();

  @Test
  void productionHubRefusesToStartWithoutItsOwnAdminPassword() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(CommunityHubApplication.class)
        .profiles("production").run("--server.port=0", "--camunda.bpm.admin-user.password="))
        .hasMessageContaining("set HUB_ADMIN_PASSWORD");
  }

  @Test
  void demoPasswordIsRefused() {
    MockEnvironment environment = production().withProperty("camunda.bpm.admin-user.password", "demo");
    assertThatThrownBy(() -> check.postProcessEnvironment(environment, null)).hasMessageContaining("HUB_ADMIN_PASSWORD");
  }

  @Test
  void demoUsersAreRefused() {
    MockEnvironment environment = production()
        .withProperty("camunda.bpm.admin-user.password", "a-long-real-secret")
        .withProperty("hub.demo-users.enabled", "true");
    assertThatThrownBy(() -> check.postProcessEnvironment(environment, null)).hasMessageContaining("demo users");
  }

  @Test
  void realPasswordWithoutDemoUsersStarts() {
    MockEnvironment environment = production().withProperty("camunda.bpm.admin-user.password", "a-long-real-secret");
    assertThatCode(() -> check.postProcessEnvironment(environment, null)).doesNotThrowAnyException();
  }

  @Test
  void otherProfilesAreNotChecked() {
    assertThatCode(() -> check.postProcessEnvironment(new StandardEnvironment(), null)).doesNotThrowAnyException();
  }

  private static MockEnvironment production() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("production");
    return environment;
  }
}
