package org.communityhub.organisations;

import static org.communityhub.organisations.OrganisationApprovalVariables.*;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityhub.platform.TaskCards;
import org.communityhub.platform.VariableValues;
import org.communityhub.volunteers.Skill;
import org.springframework.stereotype.Component;

/** organisation-approval.bpmn's task card and its one service task. */
final class OrganisationApprovalSteps {

  private OrganisationApprovalSteps() {}

  /** On creating 'Approve organisation': names it after the organisation, with what it offers in words. */
  @Component("organisationApprovalTaskCard")
  static class OrganisationApprovalTaskCard implements TaskListener {
    private final OrganisationService organisations;

    OrganisationApprovalTaskCard(OrganisationService organisations) {
      this.organisations = organisations;
    }

    @Override
    public void notify(DelegateTask task) {
      long id = VariableValues.id(task, ORGANISATION_ID);
      Organisation organisation = organisations.find(id).orElseThrow();
      String offers = offersInWords(organisation.offers());
      TaskCards.describe(task, organisation.name(), List.of("O-" + id, offers));
      TaskCards.showOnCard(task, "O-" + id, organisation.districts().isEmpty() ? null : organisation.districts().get(0), null);
      task.setVariableLocal(ORGANISATION_NAME, organisation.name());
      task.setVariableLocal(OFFERS_IN_WORDS, offers);
    }
  }

  /** Task_RecordApproval: the coordinator's answer, APPROVED or DECLINED, on the organisation. */
  @Component("recordOrganisationApprovalDelegate")
  static class RecordOrganisationApprovalDelegate implements JavaDelegate {
    private final OrganisationService organisations;

    RecordOrganisationApprovalDelegate(OrganisationService organisations) {
      this.organisations = organisations;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String answer = VariableValues.text(execution, APPROVAL);
      if (!"APPROVED".equals(answer) && !"DECLINED".equals(answer)) {
        throw new OrganisationValidationException(APPROVAL, "say whether the organisation is approved");
      }
      organisations.recordDecision(VariableValues.id(execution, ORGANISATION_ID), "APPROVED".equals(answer));
    }
  }

  static String offersInWords(List<String> codes) {
    return codes.stream().map(code -> Arrays.stream(Skill.values()).filter(s -> s.name().equals(code.toUpperCase(Locale.UK)))
        .findFirst().map(Skill::words).orElse(code)).collect(Collectors.joining(", "));
  }
}
