package org.communityhub.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityhub.platform.TaskCards;
import org.springframework.stereotype.Component;

/**
 * On creating an intake task ('Review eligibility', 'Request added to open request'): names it
 * after the request with its district and priority, due by the priority's promise from now.
 */
@Component
public class IntakeTaskCard implements TaskListener {

  /** Task-local, for the forms. */
  static final String NEEDS_IN_WORDS = "needsInWords";
  static final String URGENCY_IN_WORDS = "urgencyInWords";

  private final IntakeService intake;

  IntakeTaskCard(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void notify(DelegateTask task) {
    RequestCard card = intake.card(ProcessVariables.requestId(task));
    List<String> facts = new ArrayList<>();
    String openRequest = ProcessVariables.text(task, IntakeVariables.ATTACHED_TO_REFERENCE);
    if (openRequest != null) {
      facts.add("added to " + openRequest);
    }
    facts.add(card.district());
    facts.add(card.priorityInWords());
    TaskCards.describe(task, card.reference(), facts);
    TaskCards.showOnCard(task, card.reference(), card.district(), card.priorityInWords());
    TaskCards.schedule(task, card.priority().dueBy(task.getCreateTime().toInstant()), card.priority().taskPriority(),
        null);
    // For the forms: the needs and urgency in the words of the intake form, not the codes the process keeps.
    task.setVariableLocal(NEEDS_IN_WORDS, needsInWords(ProcessVariables.text(task, IntakeVariables.NEEDS)));
    String urgency = ProcessVariables.text(task, IntakeVariables.URGENCY);
    if (urgency != null) {
      task.setVariableLocal(URGENCY_IN_WORDS, Urgency.valueOf(urgency).words());
    }
  }

  /** "FOOD,PRESCRIPTIONS" → "Food and shopping, Prescriptions and medicines"; an unknown code as it is. */
  static String needsInWords(String codes) {
    if (codes == null) {
      return "";
    }
    return Arrays.stream(codes.split(",")).map(String::trim).filter(code -> !code.isEmpty())
        .map(code -> Arrays.stream(Need.values()).filter(n -> n.name().equals(code)).findFirst()
            .map(Need::words).orElse(code))
        .collect(Collectors.joining(", "));
  }
}
