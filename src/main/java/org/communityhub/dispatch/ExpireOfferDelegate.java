package org.communityhub.dispatch;

import static org.communityhub.dispatch.DispatchVariables.*;

import org.communityhub.platform.VariableValues;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ExpireOffer: the volunteer did not answer in time; their link stops accepting. */
@Component
public class ExpireOfferDelegate implements JavaDelegate {

  private final OfferService offers;

  ExpireOfferDelegate(OfferService offers) {
    this.offers = offers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    offers.expireOffer(VariableValues.id(execution, OFFER_ID));
  }
}
