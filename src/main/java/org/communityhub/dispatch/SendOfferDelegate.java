package org.communityhub.dispatch;

import static org.communityhub.dispatch.DispatchVariables.*;

import org.communityhub.platform.VariableValues;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendOffer (asynchronous, retried): sends the offer link; a retry never sends it twice. Sets how
 * long the volunteer has to answer it.
 */
@Component
public class SendOfferDelegate implements JavaDelegate {

  private final OfferService offers;

  SendOfferDelegate(OfferService offers) {
    this.offers = offers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long offerId = VariableValues.id(execution, OFFER_ID);
    offers.sendOffer(offerId);
    // the 'No answer in time' timer: counted from the window's start when the offer goes out overnight
    execution.setVariable(OFFER_TIMEOUT, offers.answerTime(offerId).toString());
  }
}
