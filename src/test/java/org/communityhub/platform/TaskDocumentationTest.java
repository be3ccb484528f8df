package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every task, call activity and sub-process in processes/ says in its documentation what it does,
 * so that a process owner reading the diagram in Modeler does not have to read the Java behind it.
 */
class TaskDocumentationTest {

  @TestFactory
  Stream<DynamicTest> everyTaskSaysWhatItDoes() {
    return ProcessModelCheckTest.files("processes", ".bpmn").map(file -> DynamicTest.dynamicTest(file.getName(), () -> {
      List<String> undocumented = new ArrayList<>();
      for (Activity activity : Bpmn.readModelFromFile(file).getModelElementsByType(Activity.class)) {
        String text = activity.getDocumentations().stream().map(Documentation::getTextContent)
            .reduce("", (a, b) -> a + " " + b).trim();
        // a sentence, not a placeholder: at least a few words
        if (text.split("\\s+").length < 4) {
          undocumented.add(activity.getId() + " (" + activity.getName() + ")");
        }
      }
      assertThat(undocumented).as(file.getName() + ": tasks without documentation").isEmpty();
    }));
  }
}
