package org.communityhub.dispatch;

import static org.communityhub.dispatch.DispatchVariables.*;

import org.communityhub.platform.VariableValues;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendOffer (asynchronous, retried): sends the offer link; a retry never sends it twice. */
@Component
public class SendOfferDelegate implements JavaDelegate {

  private final DispatchService dispatch;

  SendOfferDelegate(DispatchService dispatch) {
    this.dispatch = dispatch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dispatch.sendOffer(VariableValues.id(execution, OFFER_ID));
  }
}
