package org.communityhub.rules;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API, plus the hub's answer to a refused deployment. */
@Component
class EngineRestResources extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(DeploymentRefusedMapper.class);
  }
}
