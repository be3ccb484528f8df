package org.communityhub.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ (BPMN, DMN) and forms/ at start. Resources are named by their path from the
 * classpath root ("processes/helpline-intake.bpmn") on every machine, and only changed files are
 * deployed, so an unchanged process keeps its version. Forms are referenced with binding
 * "latest" for that reason: a redeployed BPMN does not carry its unchanged forms along.
 */
@Component
@Order(0)
public class ProcessResourcesDeployer extends AbstractProcessEnginePlugin {

  public static final String DEPLOYMENT_NAME = "community-hub";
  static final List<String> PATTERNS = List.of(
      "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form");
  private static final Logger log = LoggerFactory.getLogger(ProcessResourcesDeployer.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(true);
    List<String> names = new ArrayList<>();
    for (Resource resource : resources()) {
      String name = classpathName(resource);
      try (InputStream in = resource.getInputStream()) {
        deployment.addInputStream(name, in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + name, e);
      }
      names.add(name);
    }
    Deployment deployed = deployment.deployWithResult();
    log.info("Deployed {} (unchanged files are skipped): {}", deployed.getId(), names);
  }

  static List<Resource> resources() {
    var resolver = new PathMatchingResourcePatternResolver();
    List<Resource> resources = new ArrayList<>();
    try {
      for (String pattern : PATTERNS) {
        resources.addAll(List.of(resolver.getResources(pattern)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return resources;
  }

  /** ".../classes/processes/x.bpmn" or "jar:...!/BOOT-INF/classes!/forms/y.form" → "processes/x.bpmn", "forms/y.form". */
  static String classpathName(Resource resource) {
    String url;
    try {
      url = resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int processes = url.lastIndexOf("/processes/");
    int forms = url.lastIndexOf("/forms/");
    return url.substring(Math.max(processes, forms) + 1);
  }
}
