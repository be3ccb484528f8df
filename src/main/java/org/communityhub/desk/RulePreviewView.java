package org.communityhub.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.communityhub.rules.RulePreview;

/** A rule preview in the words and tables the page shows. */
record RulePreviewView(int requests, int changed, String changedShare, int failures, List<CountRow> counts,
    List<ChangeRow> changes, List<RequestRow> changedRequests, int changedRequestsShown) {

  /** How many requests got a value as decided, and would get it with the uploaded version. */
  record CountRow(String output, String value, long asDecided, long withThisVersion) {}

  record ChangeRow(String was, String wouldBe, String rules, long requests, String examples) {}

  record RequestRow(String reference, String ageBand, String needs, String district, String was, String wouldBe) {}

  private static final int REQUESTS_SHOWN = 100;
  private static final Map<String, String> OUTPUT_NAMES = Map.of("outcome", "Outcome", "priority", "Priority",
      "partnerType", "Partner type");

  static RulePreviewView of(RulePreview preview) {
    List<CountRow> counts = new ArrayList<>();
    for (String output : preview.compared()) {
      Map<String, Long> before = preview.current().getOrDefault(output, Map.of());
      Map<String, Long> after = preview.proposed().getOrDefault(output, Map.of());
      TreeSet<String> values = new TreeSet<>(before.keySet());
      values.addAll(after.keySet());
      for (String value : values) {
        counts.add(new CountRow(OUTPUT_NAMES.getOrDefault(output, output), label(value),
            before.getOrDefault(value, 0L), after.getOrDefault(value, 0L)));
      }
    }
    List<ChangeRow> changes = preview.changes().stream().map(group -> new ChangeRow(answer(group.was()),
        answer(group.wouldBe()), String.join(", ", group.rulesThen()) + " → " + String.join(", ", group.rulesNow()),
        group.requests(), String.join(", ", group.references().stream().limit(5).toList())
            + (group.requests() > 5 ? " and others" : ""))).toList();
    List<RequestRow> rows = preview.changedRequests().stream().limit(REQUESTS_SHOWN).map(row -> new RequestRow(
        row.reference(), row.ageBand(), needs(row.needs()), Objects.toString(row.district(), "not known"),
        answer(row.was()), answer(row.wouldBe()))).toList();
    return new RulePreviewView(preview.requests(), preview.changed(),
        String.format(Locale.UK, "%.1f%%", preview.changedShare() * 100), preview.failures().size(), counts, changes,
        rows, rows.size());
  }

  /** {outcome=REVIEW, priority=P3, partnerType=null} → "Officer review, P3". */
  private static String answer(Map<String, Object> outputs) {
    List<String> parts = new ArrayList<>();
    outputs.values().stream().filter(Objects::nonNull).forEach(value -> parts.add(label(value.toString())));
    return parts.isEmpty() ? "no answer" : String.join(", ", parts);
  }

  private static String label(String value) {
    return switch (value) {
      case "VOLUNTEER" -> "Volunteer help";
      case "REFER" -> "Referral to a partner";
      case "SIGNPOST" -> "Signposted";
      case "REVIEW" -> "Officer review";
      case "(none)" -> "None";
      default -> value.matches("P\\d") ? value : words(value);
    };
  }

  private static String needs(String needs) {
    if (needs == null || needs.isBlank()) {
      return "not recorded";
    }
    List<String> words = new ArrayList<>();
    for (String need : needs.split(",")) {
      words.add(words(need.trim()).toLowerCase(Locale.UK));
    }
    return String.join(", ", words);
  }

  /** HOUSING_PROVIDER → "Housing provider". */
  private static String words(String code) {
    String spaced = code.replace('_', ' ').toLowerCase(Locale.UK);
    return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
