package org.communityhub.rules;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Service;

/**
 * A process owner's "what if": runs an uploaded version of a decision over the inputs recorded
 * for past requests and compares its answers with what was decided. Deploying it afterwards goes
 * through the same deployment checks as Modeler.
 */
@Service
public class RulePreviewService {

  public static final Duration DEFAULT_PERIOD = Duration.ofDays(90);
  public static final int MAX_REQUESTS = 10_000;
  private static final int CHANGED_REQUESTS_SHOWN = 500;
  private static final int REFERENCES_PER_GROUP = 20;

  private final DecisionRecords records;
  private final DecisionEvaluator evaluator;
  /** What each decision's consumers accept, by decision key. */
  private final Map<String, DecisionContract> contracts;
  private final RepositoryService repository;
  private final Clock clock;

  RulePreviewService(DecisionRecords records, DecisionEvaluator evaluator, List<DecisionContract> contracts,
      RepositoryService repository, Clock clock) {
    this.records = records;
    this.evaluator = evaluator;
    this.contracts = DecisionChecks.byKey(contracts);
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * @param from start of the period, or null for {@link #DEFAULT_PERIOD} before now
   * @param to end of the period (exclusive), or null for now
   * @throws DeploymentRefusedException if the file would be refused at deployment (nothing is previewed)
   */
  public RulePreview preview(String decisionKey, String fileName, byte[] dmn, Instant from, Instant to) {
    Instant end = to != null ? to : clock.instant();
    Instant start = from != null ? from : end.minus(DEFAULT_PERIOD);
    DmnDecision decision = usableDecision(decisionKey, fileName, dmn);
    List<String> compared = comparedOutputs(decisionKey, decision);

    List<DecisionRecords.DecisionRecord> past = records.decidedBetween(decisionKey, start, end, MAX_REQUESTS);
    Map<Integer, Long> versions = new TreeMap<>(past.stream()
        .collect(Collectors.groupingBy(DecisionRecords.DecisionRecord::decisionVersion, Collectors.counting())));
    Map<String, Map<String, Long>> current = new LinkedHashMap<>();
    Map<String, Map<String, Long>> proposed = new LinkedHashMap<>();
    compared.forEach(output -> {
      current.put(output, new ConcurrentHashMap<>());
      proposed.put(output, new ConcurrentHashMap<>());
    });

    // Requests with the same routing facts get the same answer: decide each distinct set once, on
    // every core, then read the answers back in order.
    Map<Map<String, Object>, Optional<DecisionEvaluator.Evaluation>> answers = new ConcurrentHashMap<>();
    past.stream().map(DecisionRecords.DecisionRecord::inputs).distinct().toList().parallelStream()
        .forEach(inputs -> answers.put(inputs, evaluate(decision, inputs)));
    List<Outcome> outcomes = past.stream()
        .map(record -> new Outcome(record, answers.get(record.inputs()).orElse(null))).toList();

    List<RulePreview.ChangedRequest> changed = new ArrayList<>();
    List<RulePreview.ChangedRequest> failures = new ArrayList<>();
    Map<List<Object>, List<RulePreview.ChangedRequest>> groups = new LinkedHashMap<>();
    for (Outcome outcome : outcomes) {
      for (String output : compared) {
        current.get(output).merge(label(outcome.record.outputs().get(output)), 1L, Long::sum);
        if (outcome.now != null) {
          proposed.get(output).merge(label(outcome.now.outputs().get(output)), 1L, Long::sum);
        }
      }
      Map<String, Object> was = pick(outcome.record.outputs(), compared);
      RulePreview.ChangedRequest row;
      if (outcome.now == null) {
        row = row(outcome.record, was, Map.of(), List.of());
        failures.add(row);
        continue;
      }
      Map<String, Object> wouldBe = pick(outcome.now.outputs(), compared);
      if (!was.equals(wouldBe)) {
        row = row(outcome.record, was, wouldBe, outcome.now.matchedRules());
        changed.add(row);
        groups.computeIfAbsent(List.of(was, wouldBe, row.rulesThen(), row.rulesNow()), key -> new ArrayList<>()).add(row);
      }
    }
    List<RulePreview.ChangeGroup> changeGroups = groups.values().stream()
        .sorted(Comparator.comparingInt((List<RulePreview.ChangedRequest> group) -> group.size()).reversed())
        .map(group -> {
          RulePreview.ChangedRequest first = group.get(0);
          return new RulePreview.ChangeGroup(first.was(), first.wouldBe(), first.rulesThen(), first.rulesNow(),
              group.size(), group.stream().limit(REFERENCES_PER_GROUP).map(RulePreview.ChangedRequest::reference).toList());
        }).toList();
    int total = past.size();
    return new RulePreview(decisionKey, decision.getName(), start, end, total, compared, versions,
        sorted(current), sorted(proposed), changed.size(), total == 0 ? 0 : (double) changed.size() / total,
        changeGroups, changed.stream().limit(CHANGED_REQUESTS_SHOWN).toList(), failures);
  }

  /** Deploys the uploaded version as Modeler would; the deployment checks apply. */
  public DeploymentWithDefinitions deploy(String decisionKey, String fileName, byte[] dmn, String deployedBy) {
    usableDecision(decisionKey, fileName, dmn);
    return repository.createDeployment().name("rule preview: " + decisionKey).source("Community Hub rule preview ("
            + deployedBy + ")")
        .enableDuplicateFiltering(true)
        .addInputStream(resourceName(fileName, decisionKey), new ByteArrayInputStream(dmn)).deployWithResult();
  }

  private DmnDecision usableDecision(String decisionKey, String fileName, byte[] dmn) {
    String name = resourceName(fileName, decisionKey);
    DecisionChecks checks = new DecisionChecks(evaluator, contracts);
    List<DeploymentProblem> problems = checks.check(name, dmn, DeploymentChecks.shippedTestCases(name));
    if (!problems.isEmpty()) {
      throw new DeploymentRefusedException(problems);
    }
    Optional<DmnDecision> decision = evaluator.parse(dmn).stream()
        .filter(candidate -> decisionKey.equals(candidate.getKey())).findFirst();
    return decision.orElseThrow(() -> new DeploymentRefusedException(List.of(new DeploymentProblem(name, null,
        "The file has no decision with the id '" + decisionKey + "'. Upload the changed version of that decision."))));
  }

  private static String resourceName(String fileName, String decisionKey) {
    String name = fileName == null || fileName.isBlank() ? decisionKey + ".dmn" : fileName;
    name = name.substring(name.lastIndexOf('/') + 1);
    return "processes/" + name;
  }

  private List<String> comparedOutputs(String decisionKey, DmnDecision decision) {
    DecisionContract contract = contracts.get(decisionKey);
    if (contract != null) {
      return contract.allowedOutputValues().keySet().stream().sorted(Comparator.comparing(RulePreviewService::order))
          .toList();
    }
    return List.of();
  }

  /** Outcome before priority before the rest: the order a process owner reads them in. */
  private static String order(String output) {
    return switch (output) {
      case "outcome" -> "0";
      case "priority" -> "1";
      default -> "2" + output;
    };
  }

  private record Outcome(DecisionRecords.DecisionRecord record, DecisionEvaluator.Evaluation now) {}

  /** Empty when the uploaded version stops with an error for these inputs. */
  private Optional<DecisionEvaluator.Evaluation> evaluate(DmnDecision decision, Map<String, Object> inputs) {
    try {
      return Optional.of(evaluator.evaluate(decision, inputs));
    } catch (RuntimeException fails) {
      return Optional.empty();
    }
  }

  private static RulePreview.ChangedRequest row(DecisionRecords.DecisionRecord record, Map<String, Object> was,
      Map<String, Object> wouldBe, List<String> rulesNow) {
    Object needs = record.inputs().get("needs");
    return new RulePreview.ChangedRequest(record.reference(), ageBand(record.inputs().get("age")),
        needs == null ? null : needs.toString(), record.district(), was, wouldBe, record.matchedRules(), rulesNow);
  }

  static String ageBand(Object age) {
    if (!(age instanceof Number number)) {
      return "not known";
    }
    int years = number.intValue();
    if (years < 18) {
      return "under 18";
    } else if (years < 50) {
      return "18 to 49";
    } else if (years < 70) {
      return "50 to 69";
    } else if (years < 80) {
      return "70 to 79";
    }
    return "80 or over";
  }

  private static Map<String, Object> pick(Map<String, Object> outputs, List<String> names) {
    Map<String, Object> picked = new LinkedHashMap<>();
    names.forEach(name -> picked.put(name, outputs.get(name)));
    return picked;
  }

  private static String label(Object value) {
    return value == null ? "(none)" : Objects.toString(value);
  }

  private static Map<String, Map<String, Long>> sorted(Map<String, Map<String, Long>> counts) {
    Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
    counts.forEach((output, values) -> sorted.put(output, new TreeMap<>(values)));
    return sorted;
  }
}
