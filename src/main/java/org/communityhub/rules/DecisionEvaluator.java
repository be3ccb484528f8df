package org.communityhub.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Evaluates decisions that are not (or not yet) deployed, exactly as the engine would: the same
 * FEEL engine and default expression languages, but no history and no process context. Used for
 * a deployment's test cases and for a rule preview.
 */
@Component
public class DecisionEvaluator {

  /** What a decision gave for one set of inputs, and which rules matched. */
  public record Evaluation(Map<String, Object> outputs, List<String> matchedRules) {}

  private static final ThreadLocal<List<String>> MATCHED = new ThreadLocal<>();

  private final ObjectProvider<ProcessEngine> engine;
  private volatile DmnEngine dmnEngine;

  DecisionEvaluator(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  /** Every decision in a DMN file; throws Camunda's own exception if it cannot be used. */
  public List<DmnDecision> parse(byte[] dmn) {
    return dmnEngine().parseDecisions(new ByteArrayInputStream(dmn));
  }

  /** Evaluates a decision table; throws if the rules fail for these inputs. */
  public Evaluation evaluate(DmnDecision decision, Map<String, Object> variables) {
    List<String> matched = new ArrayList<>();
    MATCHED.set(matched);
    try {
      DmnDecisionResult result = dmnEngine().evaluateDecision(decision, variables);
      return new Evaluation(result.isEmpty() ? Map.of() : result.getFirstResult().getEntryMap(), matched);
    } finally {
      MATCHED.remove();
    }
  }

  private DmnEngine dmnEngine() {
    DmnEngine built = dmnEngine;
    if (built == null) {
      synchronized (this) {
        if (dmnEngine == null) {
          dmnEngine = build();
        }
        built = dmnEngine;
      }
    }
    return built;
  }

  private DmnEngine build() {
    // Inside a command (a deployment, also the one at start-up, before the engine bean exists) the
    // engine's configuration is at hand; otherwise ask the engine.
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration() != null
        ? Context.getProcessEngineConfiguration()
        : (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    var live = configuration.getDmnEngineConfiguration();
    var standalone = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    standalone.feelEngineFactory(live.getFeelEngineFactory())
        .elProvider(live.getElProvider())
        .defaultInputExpressionExpressionLanguage(live.getDefaultInputExpressionExpressionLanguage())
        .defaultInputEntryExpressionLanguage(live.getDefaultInputEntryExpressionLanguage())
        .defaultOutputEntryExpressionLanguage(live.getDefaultOutputEntryExpressionLanguage())
        .defaultLiteralExpressionLanguage(live.getDefaultLiteralExpressionLanguage());
    standalone.customPostDecisionTableEvaluationListeners(List.of(DecisionEvaluator::rememberMatchedRules));
    return standalone.buildEngine();
  }

  private static void rememberMatchedRules(DmnDecisionTableEvaluationEvent event) {
    List<String> matched = MATCHED.get();
    if (matched != null) {
      event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
    }
  }
}
