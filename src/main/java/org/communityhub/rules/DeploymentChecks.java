package org.communityhub.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Runs before Camunda's own deployers on every new deployment — Modeler, /engine-rest, the rule
 * preview's deploy, and the hub's start-up deployer alike — and refuses one that would break the
 * hub, before anything is stored (docs/architecture.md, "Rules"). The live versions stay live.
 */
class DeploymentChecks implements Deployer {

  private static final Logger log = LoggerFactory.getLogger(DeploymentChecks.class);

  private final ApplicationContext spring;
  private final ObjectMapper json = new ObjectMapper();

  DeploymentChecks(ApplicationContext spring) {
    this.spring = spring;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return; // a deployment read back into the cache: it was checked when it was made
    }
    Map<String, ResourceEntity> resources = deployment.getResources();
    if (resources == null || resources.isEmpty()) {
      return;
    }
    List<DeploymentProblem> problems = new ArrayList<>();
    Set<String> formsInDeployment = formIds(resources);
    ModelConventions conventions = new ModelConventions(
        id -> formsInDeployment.contains(id) || SHIPPED_FORMS.contains(id) || isDeployedForm(id),
        spring::containsBean);
    DecisionChecks decisions = new DecisionChecks(spring.getBean(DecisionEvaluator.class),
        DecisionChecks.byKey(spring.getBeansOfType(DecisionContract.class).values()));
    for (ResourceEntity resource : resources.values()) {
      String name = resource.getName();
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        problems.addAll(conventions.check(name, resource.getBytes()));
      } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
        problems.addAll(decisions.check(name, resource.getBytes(), testCases(name, resources)));
      }
    }
    if (!problems.isEmpty()) {
      log.warn("Deployment '{}' (source {}) refused: {}", deployment.getName(), deployment.getSource(), problems);
      throw new DeploymentRefusedException(problems);
    }
  }

  /** The test cases deployed with the decision, or else the ones shipped beside it in processes/. */
  private static Optional<String> testCases(String dmnName, Map<String, ResourceEntity> resources) {
    String file = DecisionChecks.testCasesFile(dmnName);
    for (ResourceEntity resource : resources.values()) {
      if (resource.getName().equals(file) || resource.getName().endsWith("/" + file)) {
        return Optional.of(new String(resource.getBytes(), StandardCharsets.UTF_8));
      }
    }
    return shippedTestCases(dmnName);
  }

  /** The test cases shipped in processes/ beside a decision, if there are any. */
  static Optional<String> shippedTestCases(String dmnName) {
    String file = DecisionChecks.testCasesFile(dmnName);
    Resource shipped = new ClassPathResource("processes/" + file);
    if (!shipped.exists()) {
      return Optional.empty();
    }
    try (InputStream in = shipped.getInputStream()) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  private Set<String> formIds(Map<String, ResourceEntity> resources) {
    Set<String> ids = new HashSet<>();
    for (ResourceEntity resource : resources.values()) {
      if (resource.getName().endsWith(".form")) {
        try {
          ids.add(json.readTree(resource.getBytes()).path("id").asText());
        } catch (IOException unreadable) {
          log.debug("Form {} is not JSON", resource.getName());
        }
      }
    }
    return ids;
  }

  private static boolean isDeployedForm(String id) {
    return Context.getCommandContext() != null
        && Context.getCommandContext().getCamundaFormDefinitionManager().findLatestDefinitionByKey(id) != null;
  }

  /** The forms shipped in forms/, which the hub deploys at every start. */
  private static final Set<String> SHIPPED_FORMS = shippedForms();

  private static Set<String> shippedForms() {
    Set<String> ids = new HashSet<>();
    try {
      for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
        try (InputStream in = form.getInputStream()) {
          ids.add(new ObjectMapper().readTree(in).path("id").asText());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the shipped forms", e);
    }
    return ids;
  }
}
