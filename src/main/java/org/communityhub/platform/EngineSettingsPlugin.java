package org.communityhub.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Engine settings the Spring Boot starter does not expose as properties.
 */
@Component
@Order(100)
public class EngineSettingsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Group ids are words joined by hyphens (call-handlers); the default allows letters and digits only.
    configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");
    // Camunda's security guide, as the hub needs it:
    // variables hold ids and routing facts; nothing needs Java serialization,
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDeserializationTypeValidationEnabled(true);
    // no query may read unbounded result lists (the webapps page within this),
    configuration.setQueryMaxResultsLimit(2000);
    // scripts (none are deployed today) cannot load external resources,
    configuration.setEnableScriptEngineLoadExternalResources(false);
    // and saved Tasklist filters cannot carry expressions: the hub's shared filter needs none.
    configuration.setEnableExpressionsInAdhocQueries(false);
    configuration.setEnableExpressionsInStoredQueries(false);
  }
}
