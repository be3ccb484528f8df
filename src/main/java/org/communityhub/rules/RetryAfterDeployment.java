package org.communityhub.rules;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * After a new version of a rule or process has been deployed, steps that stopped with an incident
 * get one more try: a corrected rule is how a process owner mends requests a broken one stopped.
 * A step that still fails becomes an incident again.
 */
class RetryAfterDeployment implements Deployer {

  private static final Logger log = LoggerFactory.getLogger(RetryAfterDeployment.class);
  private static final int AT_MOST = 1000;

  @Override
  public void deploy(DeploymentEntity deployment) {
    boolean modelsChanged = deployment.isNew() && deployment.getResources() != null && deployment.getResources()
        .keySet().stream().anyMatch(name -> name.endsWith(".dmn") || name.endsWith(".bpmn"));
    ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
    if (!modelsChanged || engine == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        // As the hub, not as the process owner who deployed: they may not see every request's steps.
        IdentityService identity = engine.getIdentityService();
        Authentication deployer = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
          retryStoppedSteps(engine.getManagementService());
        } finally {
          if (deployer != null) {
            identity.setAuthentication(deployer);
          }
        }
      }
    });
  }

  private static void retryStoppedSteps(ManagementService management) {
    List<String> stopped = management.createJobQuery().noRetriesLeft().withException().listPage(0, AT_MOST)
        .stream().map(Job::getId).toList();
    if (!stopped.isEmpty()) {
      management.setJobRetries(stopped, 1);
      log.info("New deployment: {} stopped steps will be tried again", stopped.size());
    }
  }
}
