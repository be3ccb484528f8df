package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.communityhub.security.StaffGroups;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conventions every file in processes/ and forms/ must keep, so that a process owner's change in
 * Modeler cannot quietly break the hub: named ids, history time-to-live, a candidate group and a
 * resolvable Camunda Form on every user task, and a delegate on every service task.
 * (That each delegate expression names a real bean is checked in {@link DelegateBeansTest}.)
 */
class ProcessModelCheckTest {

  /** Task_RecordRequest, Flow_ToCheckArea, Message_OfferAccepted — not Modeler's Activity_0x1y2z3. */
  static final Pattern NAMED_ID = Pattern.compile("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$");
  static final Pattern GENERATED_ID = Pattern.compile("_[0-9a-z]{7}$");
  static final Pattern DELEGATE_EXPRESSION = Pattern.compile("^\\$\\{([a-z][A-Za-z0-9]*)}$");
  private static final Set<String> STAFF_GROUPS = new HashSet<>(
      Arrays.stream(StaffGroups.values()).map(StaffGroups::id).toList());

  @TestFactory
  Stream<DynamicTest> everyBpmnFileKeepsTheConventions() {
    return files("processes", ".bpmn").map(file -> DynamicTest.dynamicTest(file.getName(), () -> {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      Bpmn.validateModel(model);
      List<String> problems = new ArrayList<>();
      Set<String> formIds = formIds();

      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        if (element instanceof Process || element instanceof DiagramElement || element.getId() == null) {
          continue;
        }
        String id = element.getId();
        if (!NAMED_ID.matcher(id).matches() || GENERATED_ID.matcher(id).find()) {
          problems.add(id + ": not a named technical id like Task_RecordRequest");
        }
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.getCamundaHistoryTimeToLiveString() == null) {
          problems.add(process.getId() + ": no historyTimeToLive");
        }
        if (!process.getId().matches("^[a-z]+(-[a-z]+)*$")) {
          problems.add(process.getId() + ": process key should be kebab-case like helpline-intake");
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String groups = task.getCamundaCandidateGroups();
        if (groups == null || groups.isBlank()) {
          problems.add(task.getId() + ": no candidate group");
        } else {
          for (String group : groups.split(",")) {
            if (!STAFF_GROUPS.contains(group.trim())) {
              problems.add(task.getId() + ": candidate group '" + group.trim() + "' is not a staff group");
            }
          }
        }
        checkForm(task.getId(), task.getCamundaFormRef(), formIds, problems);
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          checkForm(start.getId(), start.getCamundaFormRef(), formIds, problems);
        }
      }
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        String delegate = task.getCamundaDelegateExpression();
        if (delegate == null || !DELEGATE_EXPRESSION.matcher(delegate).matches()) {
          problems.add(task.getId() + ": service tasks call a Spring bean with delegateExpression=\"${beanName}\"");
        }
      }
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

  private static void checkForm(String elementId, String formRef, Set<String> formIds, List<String> problems) {
    if (formRef == null) {
      problems.add(elementId + ": no camunda:formRef");
    } else if (!formIds.contains(formRef)) {
      problems.add(elementId + ": camunda:formRef '" + formRef + "' is not a form in forms/");
    }
  }
}
