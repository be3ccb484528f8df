package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityhub.notify.NotifyTemplate;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs where the hub is built, so the container files are checked where they can
 * be: compose passes the hub exactly the settings docker/.env.example names, the README's
 * production section names the same ones, and the Dockerfile builds as CI does, runs as a user
 * other than root and checks the hub's health.
 */
class ContainerFilesTest {

  @Test
  void composePassesTheHubExactlyTheSettingsOfTheEnvExample() {
    Set<String> passed = new LinkedHashSet<>();
    ContainerFiles.serviceEnvironment("hub").values().forEach(value -> passed.addAll(ContainerFiles.variablesIn(value)));
    assertThat(passed).as("variables compose passes to the hub")
        .containsExactlyInAnyOrderElementsOf(ContainerFiles.envExample().keySet());
  }

  @Test
  void everyVariableComposeUsesIsInTheEnvExample() {
    Set<String> used = ContainerFiles.lines(ContainerFiles.COMPOSE).stream()
        .filter(line -> !line.trim().startsWith("#"))
        .flatMap(line -> ContainerFiles.variablesIn(line).stream()).collect(Collectors.toSet());
    assertThat(ContainerFiles.envExample().keySet()).containsAll(used);
  }

  @Test
  void eachSettingSaysWhatItIsAndSecretsAreLeftEmpty() {
    ContainerFiles.envExampleComments().forEach((name, comment) ->
        assertThat(comment).as("comment above " + name + " in " + ContainerFiles.ENV_EXAMPLE).isNotBlank());
    Map<String, String> settings = ContainerFiles.envExample();
    for (String secret : List.of("HUB_DB_PASSWORD", "HUB_ADMIN_PASSWORD", "HUB_VOLUNTEER_LINK_SECRET",
        "HUB_NOTIFY_API_KEY", "HUB_PARTNER_TOKEN_SIGNING_JWK")) {
      assertThat(settings.get(secret)).as(secret + " in the example").isEmpty();
    }
    assertThat(ContainerFiles.envExampleComments().get("HUB_VOLUNTEER_LINK_SECRET")).contains("openssl rand -base64 48");
  }

  @Test
  void theReadmesProductionSectionNamesEverySetting() {
    String section = readmeSection("## Production with PostgreSQL");
    assertThat(ContainerFiles.envExample().keySet()).allSatisfy(name ->
        assertThat(section).as("README, Production with PostgreSQL").contains(name));
  }

  @Test
  void theReadmeListsEveryNotifyTemplateWithItsFields() {
    List<String> rows = readmeSection("### Notify templates").lines()
        .filter(line -> line.startsWith("| `HUB_NOTIFY_TEMPLATE_")).toList();
    for (NotifyTemplate template : NotifyTemplate.values()) {
      String row = rows.stream().filter(line -> line.startsWith("| `" + template.environmentVariable() + "`"))
          .findFirst().orElseThrow(() -> new AssertionError("no README row for " + template.environmentVariable()));
      assertThat(row).as(template.environmentVariable())
          .contains(template.fields().stream().map(field -> "((" + field + "))").toList());
    }
    assertThat(rows).hasSize(NotifyTemplate.values().length);
  }

  @Test
  void dockerfileBuildsLikeCiRunsAsAnotherUserAndChecksHealth() {
    List<String> lines = ContainerFiles.lines(ContainerFiles.DOCKERFILE);
    List<String> runtime = lines.subList(lastIndexStartingWith(lines, "FROM "), lines.size());
    assertThat(lines).anyMatch(line -> line.startsWith("RUN") && line.contains("./mvnw -B "));
    String user = runtime.stream().filter(line -> line.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
    assertThat(user.substring("USER ".length()).trim()).isNotIn("root", "0");
    assertThat(runtime).anyMatch(line -> line.contains("curl") && line.contains("http://localhost:8080/actuator/health"));
    assertThat(String.join("\n", runtime)).contains("HEALTHCHECK");
  }

  private static int lastIndexStartingWith(List<String> lines, String prefix) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no " + prefix + " in " + ContainerFiles.DOCKERFILE);
  }

  static String readmeSection(String heading) {
    String readme = ContainerFiles.read(Path.of("README.md"));
    int start = readme.indexOf("\n" + heading + "\n");
    assertThat(start).as(heading + " in README.md").isNotNegative();
    int end = readme.indexOf("\n## ", start + heading.length() + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }
}
