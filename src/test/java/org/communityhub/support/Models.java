package org.communityhub.support;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/** Models built in tests must pass the hub's deployment checks like any other. */
public final class Models {

  private Models() {}

  /** The fluent builder names flows "sequenceFlow_1a2b3c"; the hub wants ids like Flow_Step1. */
  public static BpmnModelInstance withNamedFlowIds(BpmnModelInstance model) {
    int n = 1;
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      flow.setId("Flow_Step" + n++);
    }
    return model;
  }
}
