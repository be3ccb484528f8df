package org.communityhub.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.communityhub.security.StaffGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's conventions for a BPMN file, so that a process owner's change in Modeler gets the same
 * verdict the build gives: named ids, a history time-to-live, user tasks for staff groups with a
 * Camunda Form that exists, and service tasks that call one of the hub's delegate beans.
 */
public final class ModelConventions {

  /** Task_RecordRequest, Flow_ToCheckArea, Message_OfferAccepted — not Modeler's Activity_0x1y2z3. */
  static final Pattern NAMED_ID = Pattern.compile("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$");
  static final Pattern GENERATED_ID = Pattern.compile("_[0-9a-z]{7}$");
  static final Pattern DELEGATE_EXPRESSION = Pattern.compile("^\\$\\{([a-z][A-Za-z0-9]*)}$");
  private static final Logger log = LoggerFactory.getLogger(ModelConventions.class);
  private static final Set<String> STAFF_GROUPS = Arrays.stream(StaffGroups.values()).map(StaffGroups::id)
      .collect(Collectors.toSet());

  private final Predicate<String> formExists;
  private final Predicate<String> beanExists;

  /**
   * @param formExists whether a Camunda Form of that id will exist after the deployment
   * @param beanExists whether the hub has a delegate bean of that name
   */
  public ModelConventions(Predicate<String> formExists, Predicate<String> beanExists) {
    this.formExists = formExists;
    this.beanExists = beanExists;
  }

  public List<DeploymentProblem> check(String file, byte[] bpmn) {
    List<DeploymentProblem> problems = new ArrayList<>();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
      Bpmn.validateModel(model);
    } catch (RuntimeException unreadable) {
      log.warn("{} is not readable BPMN: {}", file, unreadable.toString());
      problems.add(new DeploymentProblem(file, null,
          "The file is not a BPMN diagram the hub can read. Open it in Camunda Modeler, correct it and save it again."));
      return problems;
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (element instanceof Process || element instanceof DiagramElement || element.getId() == null) {
        continue;
      }
      String id = element.getId();
      if (!NAMED_ID.matcher(id).matches() || GENERATED_ID.matcher(id).find()) {
        problems.add(new DeploymentProblem(file, id,
            "Give this element an id that says what it is, like Task_SendOffer or Flow_ToCheckArea."));
      }
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank()) {
        problems.add(new DeploymentProblem(file, process.getId(),
            "Give the process a History time to live (for example 365 days) in Modeler's properties panel."));
      }
      if (!process.getId().matches("^[a-z]+(-[a-z]+)*$")) {
        problems.add(new DeploymentProblem(file, process.getId(),
            "The process id should be lower-case words joined by hyphens, like helpline-intake."));
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String groups = task.getCamundaCandidateGroups();
      if (groups == null || groups.isBlank()) {
        problems.add(new DeploymentProblem(file, task.getId(), "Say which staff group does this task (Candidate groups), one of "
            + String.join(", ", STAFF_GROUPS.stream().sorted().toList()) + "."));
      } else {
        for (String group : groups.split(",")) {
          if (!STAFF_GROUPS.contains(group.trim())) {
            problems.add(new DeploymentProblem(file, task.getId(), "'" + group.trim()
                + "' is not a staff group. Use one of " + String.join(", ", STAFF_GROUPS.stream().sorted().toList()) + "."));
          }
        }
      }
      checkForm(file, task.getId(), task.getCamundaFormRef(), problems);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        checkForm(file, start.getId(), start.getCamundaFormRef(), problems);
      }
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String delegate = task.getCamundaDelegateExpression();
      Matcher bean = delegate == null ? null : DELEGATE_EXPRESSION.matcher(delegate.trim());
      if (bean == null || !bean.matches()) {
        problems.add(new DeploymentProblem(file, task.getId(), "A service task calls one of the hub's steps: pick it from"
            + " the hub's element templates, or set Delegate expression to ${beanName}."));
      } else if (!beanExists.test(bean.group(1))) {
        problems.add(new DeploymentProblem(file, task.getId(), "The hub has no step called '" + bean.group(1)
            + "'. Pick the step from the hub's element templates in Modeler."));
      }
    }
    return problems;
  }

  private void checkForm(String file, String elementId, String formRef, List<DeploymentProblem> problems) {
    if (formRef == null || formRef.isBlank()) {
      problems.add(new DeploymentProblem(file, elementId, "Link a Camunda Form to this task (Form type: Camunda Forms,"
          + " Form ID) so staff see a form."));
    } else if (!formExists.test(formRef)) {
      problems.add(new DeploymentProblem(file, elementId, "There is no form with the id '" + formRef
          + "'. Deploy the form first, or correct the Form ID."));
    }
  }
}
