package org.communityhub.rules;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Wires the rules feature into the engine: deployment checks before every deployment, a retry of
 * stopped steps after one, a record of every decision a request's process makes, and incidents in
 * plain words. Runs before {@code ProcessResourcesDeployer}, so the hub's own files are checked too.
 */
@Component
@Order(-10)
class RulesEnginePlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext spring;
  private final DecisionRecorder recorder;

  RulesEnginePlugin(ApplicationContext spring, DecisionRecorder recorder) {
    this.spring = spring;
    this.recorder = recorder;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreDeployers(append(configuration.getCustomPreDeployers(), new DeploymentChecks(spring)));
    configuration.setCustomPostDeployers(append(configuration.getCustomPostDeployers(), new RetryAfterDeployment()));

    List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomIncidentHandlers());
    handlers.add(new PlainIncidentMessages());
    configuration.setCustomIncidentHandlers(handlers);

    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    List<org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener> listeners =
        dmn.getCustomPostDecisionTableEvaluationListeners() == null ? new ArrayList<>()
            : new ArrayList<>(dmn.getCustomPostDecisionTableEvaluationListeners());
    listeners.add(recorder);
    dmn.setCustomPostDecisionTableEvaluationListeners(listeners);
    configuration.setDmnEngineConfiguration(dmn);
  }

  private static List<Deployer> append(List<Deployer> existing, Deployer deployer) {
    List<Deployer> deployers = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    deployers.add(deployer);
    return deployers;
  }
}
