package org.communityhub.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records each decision a request's process makes (inputs, version, matched rules, outputs) in
 * the same transaction, for the rule preview. Only the variables the decision's inputs read are
 * kept — the routing facts — never the resident's name or contact details.
 */
@Component
class DecisionRecorder implements DmnDecisionTableEvaluationListener {

  /** The hub's processes hold the request they are about in this variable (docs/architecture.md). */
  static final String REQUEST_ID = "requestId";
  /** Intake's routing fact: the postcode district, once the area check has run. */
  static final String DISTRICT = "postcodeDistrict";

  private final ObjectProvider<DecisionRecords> records;
  private final Clock clock;
  /** Per deployed decision: the texts of its input expressions (a decision version never changes). */
  private final Map<String, List<String>> inputExpressions = new ConcurrentHashMap<>();
  private final Map<String, Pattern> wordPatterns = new ConcurrentHashMap<>();

  DecisionRecorder(ObjectProvider<DecisionRecords> records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Override
  public void notify(DmnDecisionTableEvaluationEvent event) {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    if (context == null || !(event.getDecision() instanceof DecisionDefinition definition)) {
      return; // evaluated outside a process (a preview, a test): nothing to record
    }
    ExecutionEntity execution = context.getExecution();
    Object requestId = execution.getVariable(REQUEST_ID);
    if (!(requestId instanceof Number id)) {
      return;
    }
    List<String> matched = new ArrayList<>();
    Map<String, Object> outputs = new LinkedHashMap<>();
    for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
      matched.add(rule.getId());
      if (outputs.isEmpty()) {
        rule.getOutputEntries().forEach((name, output) -> outputs.put(name, output.getValue().getValue()));
      }
    }
    Object district = execution.getVariable(DISTRICT);
    records.getObject().add(new DecisionRecords.DecisionRecord(id.longValue(), execution.getBusinessKey(),
        definition.getKey(), definition.getVersion(), matched, inputsRead(definition.getId(), event, execution), outputs,
        district == null ? null : district.toString(), clock.instant()), definition.getId());
  }

  /** The execution's variables that the decision's input expressions name. */
  private Map<String, Object> inputsRead(String definitionId, DmnDecisionTableEvaluationEvent event,
      ExecutionEntity execution) {
    List<String> expressions = inputExpressions.computeIfAbsent(definitionId, id -> expressionsOf(event));
    Map<String, Object> inputs = new LinkedHashMap<>();
    for (String name : execution.getVariableNames()) {
      Pattern word = wordPatterns.computeIfAbsent(name, n -> Pattern.compile("\\b" + Pattern.quote(n) + "\\b"));
      if (expressions.stream().anyMatch(text -> word.matcher(text).find())) {
        Object value = execution.getVariable(name);
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
          inputs.put(name, value);
        }
      }
    }
    return inputs;
  }

  private static List<String> expressionsOf(DmnDecisionTableEvaluationEvent event) {
    List<String> expressions = new ArrayList<>();
    if (event.getDecision().getDecisionLogic() instanceof DmnDecisionTableImpl table) {
      for (DmnDecisionTableInputImpl input : table.getInputs()) {
        if (input.getExpression() != null && input.getExpression().getExpression() != null) {
          expressions.add(input.getExpression().getExpression());
        }
      }
    }
    return List.copyOf(expressions);
  }
}
