package org.communityhub.rules;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.communityhub.platform.validation.PlainFormErrors;
import org.springframework.stereotype.Component;

/** Camunda's REST API, plus the hub's answers to a refused deployment and to a refused form. */
@Component
class EngineRestResources extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(DeploymentRefusedMapper.class);
    register(PlainFormErrors.class);
  }
}
