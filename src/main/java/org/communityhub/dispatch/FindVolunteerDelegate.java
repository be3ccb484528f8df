package org.communityhub.dispatch;

import static org.communityhub.dispatch.DispatchVariables.*;

import org.communityhub.platform.VariableValues;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_FindVolunteer: offers the task to the best candidate in the current search area. */
@Component
public class FindVolunteerDelegate implements JavaDelegate {

  private final OfferService offers;
  private final DispatchTaskService tasks;

  FindVolunteerDelegate(OfferService offers, DispatchTaskService tasks) {
    this.offers = offers;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long taskId = VariableValues.id(execution, TASK_ID);
    Optional<Long> offer = offers.offerToBestCandidate(taskId);
    SearchScope scope = tasks.scopeOf(taskId);
    execution.setVariable(CANDIDATE_FOUND, offer.isPresent());
    execution.setVariable(OFFER_ID, offer.orElse(null));
    execution.setVariable(SEARCH_SCOPE, scope.name());
    execution.setVariable(CAN_WIDEN, scope != SearchScope.BOROUGH);
  }
}
