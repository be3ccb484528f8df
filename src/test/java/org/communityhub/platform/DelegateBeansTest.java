package org.communityhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every delegate expression in processes/ names a JavaDelegate bean of the running hub. */
@HubIntegrationTest
class DelegateBeansTest {

  @Autowired ApplicationContext context;

  @Test
  void everyDelegateExpressionResolvesToADelegateBean() {
    List<String> problems = new ArrayList<>();
    ProcessModelCheckTest.files("processes", ".bpmn").forEach(file -> {
      for (ServiceTask task : Bpmn.readModelFromFile(file).getModelElementsByType(ServiceTask.class)) {
        Matcher bean = ProcessModelCheckTest.DELEGATE_EXPRESSION.matcher(String.valueOf(task.getCamundaDelegateExpression()));
        if (!bean.matches() || !context.containsBean(bean.group(1))) {
          problems.add(file.getName() + " " + task.getId() + ": no bean for " + task.getCamundaDelegateExpression());
        } else if (!(context.getBean(bean.group(1)) instanceof JavaDelegate)) {
          problems.add(file.getName() + " " + task.getId() + ": " + bean.group(1) + " is not a JavaDelegate");
        }
      }
    });
    assertThat(problems).isEmpty();
  }
}
