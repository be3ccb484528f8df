package org.communityhub.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks a DMN file must pass before it goes live: every expression parses, every output value
 * is one the decision declares and its consumer accepts, and the decision's test cases pass.
 * Messages name the rule and the column and say what to change; the parser's own text goes to
 * the log.
 */
final class DecisionChecks {

  private static final Logger log = LoggerFactory.getLogger(DecisionChecks.class);
  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
  private static final ExpressionFactoryImpl JUEL = new ExpressionFactoryImpl();

  private final DecisionEvaluator evaluator;
  private final Map<String, DecisionContract> contracts;

  DecisionChecks(DecisionEvaluator evaluator, Map<String, DecisionContract> contracts) {
    this.evaluator = evaluator;
    this.contracts = contracts;
  }

  /** Problems with this DMN file; empty when it may go live. */
  List<DeploymentProblem> check(String file, byte[] dmn, Optional<String> testCasesCsv) {
    List<DeploymentProblem> problems = new ArrayList<>();
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
    } catch (RuntimeException unreadable) {
      log.warn("{} is not readable DMN: {}", file, unreadable.toString());
      problems.add(new DeploymentProblem(file, null,
          "The file is not a decision table the hub can read. Open it in Camunda Modeler, correct it and save it again."));
      return problems;
    }
    Definitions definitions = model.getDefinitions();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (decision.getCamundaHistoryTimeToLiveString() == null || decision.getCamundaHistoryTimeToLiveString().isBlank()) {
        problems.add(new DeploymentProblem(file, decision.getId(),
            "Give the decision a History time to live (for example 365 days) in Modeler's properties panel."));
      }
      if (decision.getExpression() instanceof DecisionTable table) {
        checkExpressions(file, definitions, table, problems);
        checkOutputValues(file, decision.getId(), table, problems);
      }
    }
    if (problems.isEmpty()) {
      checkWithTheEngine(file, dmn, testCasesCsv, problems);
    }
    return problems;
  }

  private void checkExpressions(String file, Definitions definitions, DecisionTable table,
      List<DeploymentProblem> problems) {
    List<Input> inputs = new ArrayList<>(table.getInputs());
    List<Output> outputs = new ArrayList<>(table.getOutputs());
    for (Input input : inputs) {
      if (input.getInputExpression() == null || input.getInputExpression().getText() == null) {
        continue;
      }
      String text = input.getInputExpression().getText().getTextContent();
      String language = language(input.getInputExpression().getExpressionLanguage(), definitions);
      check(file, input.getId(), "the expression of input '" + label(input.getLabel(), input.getId()) + "'",
          text, language, false, problems);
    }
    for (Rule rule : table.getRules()) {
      List<InputEntry> entries = new ArrayList<>(rule.getInputEntries());
      for (int i = 0; i < entries.size(); i++) {
        InputEntry entry = entries.get(i);
        String column = i < inputs.size() ? label(inputs.get(i).getLabel(), inputs.get(i).getId()) : "input " + (i + 1);
        check(file, rule.getId(), "the '" + column + "' cell", text(entry.getText()),
            language(entry.getExpressionLanguage(), definitions), true, problems);
      }
      List<OutputEntry> outs = new ArrayList<>(rule.getOutputEntries());
      for (int i = 0; i < outs.size(); i++) {
        OutputEntry entry = outs.get(i);
        String column = i < outputs.size() ? label(outputs.get(i).getLabel(), outputs.get(i).getName()) : "output " + (i + 1);
        check(file, rule.getId(), "the '" + column + "' cell", text(entry.getText()),
            language(entry.getExpressionLanguage(), definitions), false, problems);
      }
    }
  }

  private void check(String file, String element, String where, String text, String language, boolean unaryTests,
      List<DeploymentProblem> problems) {
    if (text == null || text.isBlank() || (unaryTests && text.trim().equals("-"))) {
      return;
    }
    switch (language) {
      case "feel" -> {
        ParseResult parsed = unaryTests ? FEEL.parseUnaryTests(text) : FEEL.parseExpression(text);
        if (parsed.isFailure()) {
          log.warn("FEEL in {} {} does not parse: {}", file, element, parsed.failure().message());
          problems.add(new DeploymentProblem(file, element, "In " + where + ", '" + text.trim()
              + "' is not a valid FEEL expression. Check that every bracket is closed and every text is in"
              + " double quotes, for example < 70 or \"URGENT\"."));
        }
      }
      case "juel" -> {
        try {
          JUEL.createValueExpression(new SimpleContext(), text, Object.class);
        } catch (RuntimeException invalid) {
          log.warn("JUEL in {} {} does not parse: {}", file, element, invalid.toString());
          problems.add(new DeploymentProblem(file, element, "In " + where + ", '" + text.trim()
              + "' is not a valid JUEL expression. JUEL expressions look like ${age > 70}."));
        }
      }
      default -> problems.add(new DeploymentProblem(file, element, "In " + where + ", the expression language '"
          + language + "' cannot be used: the hub runs FEEL (and JUEL) only."));
    }
  }

  /** Literal outputs must be declared values, and values the code consuming the decision can act on. */
  private void checkOutputValues(String file, String decisionKey, DecisionTable table, List<DeploymentProblem> problems) {
    DecisionContract contract = contracts.get(decisionKey);
    List<Output> outputs = new ArrayList<>(table.getOutputs());
    for (int i = 0; i < outputs.size(); i++) {
      Output output = outputs.get(i);
      String name = label(output.getLabel(), output.getName());
      Set<String> declared = output.getOutputValues() == null ? null : literals(text(output.getOutputValues().getText()));
      // Sorted, so that the message is the same every time.
      Set<String> accepted = contract == null || contract.allowedOutputValues().get(output.getName()) == null ? null
          : new java.util.TreeSet<>(contract.allowedOutputValues().get(output.getName()));
      if (declared != null && accepted != null) {
        for (String value : declared) {
          if (!accepted.contains(value)) {
            problems.add(new DeploymentProblem(file, output.getId(), "The allowed values of '" + name + "' include '"
                + value + "', which the hub cannot act on. Use only " + String.join(", ", accepted) + "."));
          }
        }
      }
      Set<String> allowed = declared != null ? declared : accepted;
      if (allowed == null) {
        continue;
      }
      for (Rule rule : table.getRules()) {
        List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
        if (i >= entries.size()) {
          continue;
        }
        String literal = stringLiteral(text(entries.get(i).getText()));
        if (literal != null && !allowed.contains(literal)) {
          problems.add(new DeploymentProblem(file, rule.getId(), "'" + literal + "' is not an allowed value of '"
              + name + "'. Use one of " + String.join(", ", allowed) + "."));
        }
      }
    }
  }

  /** Camunda's own transformation, then the test cases kept beside the decision. */
  private void checkWithTheEngine(String file, byte[] dmn, Optional<String> testCasesCsv,
      List<DeploymentProblem> problems) {
    List<DmnDecision> decisions;
    try {
      decisions = evaluator.parse(dmn);
    } catch (RuntimeException refused) {
      log.warn("Camunda cannot transform {}: {}", file, refused.toString());
      problems.add(new DeploymentProblem(file, null, "Camunda cannot use this decision table ("
          + plain(refused.getMessage()) + "). Open it in Camunda Modeler and correct it."));
      return;
    }
    if (testCasesCsv.isEmpty() || decisions.isEmpty()) {
      return;
    }
    String testFile = testCasesFile(file);
    DecisionTestCases cases;
    try {
      cases = DecisionTestCases.parse(testCasesCsv.get());
    } catch (Exception unreadable) {
      problems.add(new DeploymentProblem(testFile, null, "The test cases cannot be read as CSV: "
          + plain(unreadable.getMessage())));
      return;
    }
    DmnDecision decision = decisions.get(0);
    for (DecisionTestCases.TestCase testCase : cases.cases()) {
      String caseName = "test case " + testCase.row() + " '" + testCase.name() + "'";
      DecisionEvaluator.Evaluation result;
      try {
        result = evaluator.evaluate(decision, testCase.inputs());
      } catch (RuntimeException failed) {
        log.warn("{} fails on {}: {}", file, caseName, failed.toString());
        problems.add(new DeploymentProblem(file, null, "The rules stop with an error on " + caseName
            + " in " + testFile + ". Check the expressions that read its inputs."));
        continue;
      }
      for (Map.Entry<String, String> expected : testCase.expected().entrySet()) {
        Object actual = result.outputs().get(expected.getKey());
        if (!expected.getValue().equals(Objects.toString(actual, ""))) {
          String rule = result.matchedRules().isEmpty() ? "no rule matched" : "rule " + String.join(", ", result.matchedRules()) + " matched";
          problems.add(new DeploymentProblem(file, result.matchedRules().isEmpty() ? null : result.matchedRules().get(0),
              caseName + " in " + testFile + " expects " + expected.getKey() + " " + expected.getValue() + " but the rules give "
              + (actual == null ? "nothing" : actual) + " (" + rule + "). Correct the rule, or the test case if the change is intended."));
        }
      }
    }
  }

  /** "processes/eligibility.dmn" or "eligibility.dmn" → "eligibility.test.csv". */
  static String testCasesFile(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.replaceFirst("\\.dmn$", "") + ".test.csv";
  }

  private static String language(String declared, Definitions definitions) {
    String language = declared != null ? declared : definitions.getExpressionLanguage();
    if (language == null || language.isBlank() || language.toLowerCase().contains("feel")) {
      return "feel";
    }
    return language.toLowerCase().contains("juel") ? "juel" : language;
  }

  private static String text(org.camunda.bpm.model.dmn.instance.Text text) {
    return text == null ? null : text.getTextContent();
  }

  private static String label(String label, String fallback) {
    return label == null || label.isBlank() ? fallback : label;
  }

  /** "\"A\",\"B\"" → {A, B}. */
  private static Set<String> literals(String text) {
    Set<String> values = new LinkedHashSet<>();
    if (text == null) {
      return values;
    }
    for (String part : text.split(",")) {
      String literal = stringLiteral(part);
      if (literal != null) {
        values.add(literal);
      }
    }
    return values;
  }

  private static String stringLiteral(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
        && trimmed.indexOf('"', 1) == trimmed.length() - 1) {
      return trimmed.substring(1, trimmed.length() - 1);
    }
    return null;
  }

  /** Camunda's messages start with a code such as "DMN-02004"; the rest is kept for the reader. */
  private static String plain(String message) {
    if (message == null) {
      return "no reason given";
    }
    return message.replaceFirst("^[A-Z]+-\\d+\\s*", "");
  }

  static Map<String, DecisionContract> byKey(Collection<DecisionContract> contracts) {
    Map<String, DecisionContract> map = new java.util.HashMap<>();
    contracts.forEach(contract -> map.put(contract.decisionKey(), contract));
    return map;
  }
}
