package org.communityhub.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a changed decision would have decided for past requests, beside what was decided. Holds
 * references, age bands, needs and districts only: no names or contact details.
 *
 * @param compared outputs compared (for eligibility: outcome, priority, partnerType)
 * @param current counts per output value as decided, e.g. outcome → {VOLUNTEER: 812, REFER: 140}
 * @param proposed the same counts for the uploaded version
 * @param changes groups of requests whose outputs would change, largest first
 * @param failures requests for which the uploaded version stops with an error
 */
public record RulePreview(String decisionKey, String decisionName, Instant from, Instant to, int requests,
    List<String> compared, Map<Integer, Long> currentVersions, Map<String, Map<String, Long>> current,
    Map<String, Map<String, Long>> proposed, int changed, double changedShare, List<ChangeGroup> changes,
    List<ChangedRequest> changedRequests, List<ChangedRequest> failures) {

  /** Requests that move from one answer to another, with the rules that matched in each version. */
  public record ChangeGroup(Map<String, Object> was, Map<String, Object> wouldBe, List<String> rulesThen,
      List<String> rulesNow, long requests, List<String> references) {}

  /** One request whose answer would change (or fail). */
  public record ChangedRequest(String reference, String ageBand, String needs, String district,
      Map<String, Object> was, Map<String, Object> wouldBe, List<String> rulesThen, List<String> rulesNow) {}
}
