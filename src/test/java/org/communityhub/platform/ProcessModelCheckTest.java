package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.communityhub.rules.DeploymentProblem;
import org.communityhub.rules.ModelConventions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conventions every file in processes/ and forms/ must keep, so that a process owner's change in
 * Modeler cannot quietly break the hub: named ids, history time-to-live, a candidate group and a
 * resolvable Camunda Form on every user task, and a delegate on every service task. The BPMN rules
 * live in main code (rules.ModelConventions) because every deployment is checked against them too.
 * (That each delegate expression names a real bean is checked in {@link DelegateBeansTest}.)
 */
class ProcessModelCheckTest {

  /** Task_RecordRequest, Flow_ToCheckArea, Message_OfferAccepted — not Modeler's Activity_0x1y2z3. */
  static final Pattern NAMED_ID = Pattern.compile("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$");
  static final Pattern GENERATED_ID = Pattern.compile("_[0-9a-z]{7}$");
  static final Pattern DELEGATE_EXPRESSION = Pattern.compile("^\\$\\{([a-z][A-Za-z0-9]*)}$");

  /** The same rules every deployment must pass (rules.ModelConventions); bean names: {@link DelegateBeansTest}. */
  @TestFactory
  Stream<DynamicTest> everyBpmnFileKeepsTheConventions() throws IOException {
    Set<String> formIds = formIds();
    ModelConventions conventions = new ModelConventions(formIds::contains, bean -> true);
    return files("processes", ".bpmn").map(file -> DynamicTest.dynamicTest(file.getName(), () -> {
      List<DeploymentProblem> problems = conventions.check(file.getName(), Files.readAllBytes(file.toPath()));
      assertThat(problems).as(file.getName()).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyDmnFileKeepsTheConventions() {
    return files("processes", ".dmn").map(file -> DynamicTest.dynamicTest(file.getName(), () -> {
      var model = Dmn.readModelFromFile(file);
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId() + " historyTimeToLive").isNotBlank();
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyFormHasAnIdAndNamedFields() {
    return files("forms", ".form").map(file -> DynamicTest.dynamicTest(file.getName(), () -> {
      JsonNode form = new ObjectMapper().readTree(file);
      assertThat(form.path("id").asText()).as("form id").matches("^[a-z]+(-[a-z]+)*$");
      assertThat(file.getName()).isEqualTo(form.path("id").asText() + ".form");
      for (JsonNode component : form.path("components")) {
        assertThat(component.path("id").asText()).as("component id in " + file.getName())
            .matches(NAMED_ID).doesNotContainPattern(GENERATED_ID);
        if (component.has("key")) {
          String label = component.path("label").asText(component.path("dateLabel").asText());
          assertThat(label).as(component.path("key") + " label").isNotBlank();
        }
      }
    }));
  }

  static Set<String> formIds() throws IOException {
    Set<String> ids = new HashSet<>();
    for (File file : files("forms", ".form").toList()) {
      ids.add(new ObjectMapper().readTree(file).path("id").asText());
    }
    return ids;
  }

  static Stream<File> files(String directory, String suffix) {
    try (Stream<Path> paths = Files.list(Path.of(directory))) {
      return paths.filter(p -> p.toString().endsWith(suffix)).map(Path::toFile).sorted().toList().stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
