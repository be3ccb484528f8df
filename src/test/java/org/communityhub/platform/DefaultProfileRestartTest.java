package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.communityhub.CommunityHubApplication;
import org.communityhub.intake.IntakeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default run: the embedded H2 database in a file, demo users, and the deployment of
 * processes/ and forms/ — restarted on the same file, as `./mvnw spring-boot:run` would be.
 */
class DefaultProfileRestartTest {

  @TempDir Path dataDirectory;

  @Test
  void dataSurvivesARestartAndUnchangedFilesAreNotRedeployed() throws Exception {
    String reference;
    try (ConfigurableApplicationContext hub = startHub()) {
      assertDemoUsers(hub.getBean(IdentityService.class));
      reference = hub.getBean(IntakeService.class).submit(aRequest().build()).reference();
      assertThat(latestVersion(hub, "helpline-intake")).isEqualTo(1);
      // On H2 too, the request is matched to a demo volunteer and the offer is recorded, not sent.
      JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
      await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
          "select count(*) from notification_outbox where status = 'RECORDED' and personalisation like '%/volunteer/offers/%'",
          Long.class) == 1);
    }
    assertThat(Files.list(dataDirectory)).anyMatch(f -> f.getFileName().toString().startsWith("hub"));

    try (ConfigurableApplicationContext hub = startHub()) {
      assertThat(hub.getBean(IntakeService.class).findByReference(reference)).isPresent();
      assertThat(hub.getBean(RuntimeService.class).createProcessInstanceQuery().processDefinitionKey("helpline-intake")
          .processInstanceBusinessKey(reference).count()).isEqualTo(1);
      RepositoryService repository = hub.getBean(RepositoryService.class);
      assertThat(repository.createDeploymentQuery().deploymentName(ProcessResourcesDeployer.DEPLOYMENT_NAME).count())
          .as("an unchanged restart deploys nothing new").isEqualTo(1);

      // A process owner changes one file: only that file gets a new version.
      String changed = new String(getClass().getResourceAsStream("/processes/helpline-intake.bpmn").readAllBytes(),
          StandardCharsets.UTF_8).replace("name=\"Helpline intake\"", "name=\"Helpline intake (edited)\"");
      repository.createDeployment().name(ProcessResourcesDeployer.DEPLOYMENT_NAME)
          .source(ProcessResourcesDeployer.DEPLOYMENT_NAME).enableDuplicateFiltering(true)
          .addInputStream("processes/helpline-intake.bpmn", new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)))
          .addInputStream("processes/eligibility.dmn", getClass().getResourceAsStream("/processes/eligibility.dmn"))
          .deploy();
      assertThat(latestVersion(hub, "helpline-intake")).isEqualTo(2);
      assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("eligibility")
          .latestVersion().singleResult().getVersion()).isEqualTo(1);
    }
  }

  private ConfigurableApplicationContext startHub() {
    return new SpringApplicationBuilder(CommunityHubApplication.class).run(
        // No web server: Camunda's webapps keep static state that a second, closing hub would disturb.
        "--spring.main.web-application-type=none",
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
            + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
        // Its own engine name: Camunda keeps engines in a static registry, and closing this hub must
        // not unregister the engine of the hub the other tests share in this JVM.
        "--camunda.bpm.process-engine-name=restarttest",
        "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("hub") + ";DB_CLOSE_ON_EXIT=FALSE");
  }

  private static int latestVersion(ConfigurableApplicationContext hub, String key) {
    return hub.getBean(RepositoryService.class).createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult().getVersion();
  }

  private static void assertDemoUsers(IdentityService identity) {
    assertThat(identity.checkPassword("callhandler", "demo")).isTrue();
    assertThat(identity.createGroupQuery().groupMember("callhandler").singleResult().getId()).isEqualTo("call-handlers");
    assertThat(identity.createGroupQuery().groupMember("officer").singleResult().getId()).isEqualTo("eligibility-officers");
    assertThat(identity.createGroupQuery().groupMember("coordinator").singleResult().getId()).isEqualTo("volunteer-coordinators");
    assertThat(identity.createGroupQuery().groupMember("dutymanager").singleResult().getId()).isEqualTo("duty-managers");
    assertThat(identity.createGroupQuery().groupMember("processowner").singleResult().getId()).isEqualTo("process-owners");
    assertThat(identity.createGroupQuery().groupMember("admin").singleResult().getId()).isEqualTo("camunda-admin");
    assertThat(identity.checkPassword("admin", "demo")).isTrue();
  }
}
