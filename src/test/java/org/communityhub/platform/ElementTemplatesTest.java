package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * processes/element-templates/community-hub.json offers a process owner in Modeler one template per
 * hub step: every delegate bean the diagrams call has one, and every template calls a real bean.
 */
@HubIntegrationTest
class ElementTemplatesTest {

  static final File TEMPLATES = new File("processes/element-templates/community-hub.json");

  @Autowired ApplicationContext context;

  @Test
  void everyDelegateInTheDiagramsHasATemplateAndEveryTemplateCallsARealDelegate() throws IOException {
    Map<String, String> templateByBean = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (JsonNode template : new ObjectMapper().readTree(TEMPLATES)) {
      String id = template.path("id").asText();
      String bean = hiddenDelegateBean(template);
      if (bean == null) {
        problems.add(id + ": no hidden camunda:delegateExpression=\"${beanName}\"");
        continue;
      }
      if (templateByBean.put(bean, id) != null) {
        problems.add(id + ": a second template for " + bean);
      }
      if (!context.containsBean(bean) || !(context.getBean(bean) instanceof JavaDelegate)) {
        problems.add(id + ": " + bean + " is not a delegate bean of the hub");
      }
      if (template.path("name").asText().isBlank() || template.path("description").asText().isBlank()) {
        problems.add(id + ": needs a name and a description for the person choosing it");
      }
      if (!template.path("appliesTo").toString().contains("bpmn:ServiceTask")) {
        problems.add(id + ": should apply to service tasks");
      }
    }

    var beansInDiagrams = new TreeSet<String>();
    ProcessModelCheckTest.files("processes", ".bpmn").forEach(file -> {
      for (ServiceTask task : Bpmn.readModelFromFile(file).getModelElementsByType(ServiceTask.class)) {
        Matcher bean = ProcessModelCheckTest.DELEGATE_EXPRESSION.matcher(String.valueOf(task.getCamundaDelegateExpression()));
        if (bean.matches()) {
          beansInDiagrams.add(bean.group(1));
        }
      }
    });
    beansInDiagrams.stream().filter(bean -> !templateByBean.containsKey(bean))
        .forEach(bean -> problems.add(bean + ": called in processes/ but has no template"));

    assertThat(beansInDiagrams).isNotEmpty();
    assertThat(problems).isEmpty();
  }

  /** The bean of the template's fixed, hidden delegate expression, or null. */
  private static String hiddenDelegateBean(JsonNode template) {
    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      if ("Hidden".equals(property.path("type").asText()) && "property".equals(binding.path("type").asText())
          && "camunda:delegateExpression".equals(binding.path("name").asText())) {
        Matcher bean = ProcessModelCheckTest.DELEGATE_EXPRESSION.matcher(property.path("value").asText());
        return bean.matches() ? bean.group(1) : null;
      }
    }
    return null;
  }
}
