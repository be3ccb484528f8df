package org.communityhub.platform.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The labels staff see on the Camunda Forms in forms/ ("postcode" → "Postcode"), so a refusal
 * names the field as the form shows it. Where forms label the same key differently, the first
 * form (by file name) wins; a key no form has is shown as it is.
 */
final class FormLabels {

  private static final Map<String, String> LABELS = load();

  private FormLabels() {}

  static String of(String field) {
    return LABELS.getOrDefault(field, field);
  }

  private static Map<String, String> load() {
    Map<String, String> labels = new HashMap<>();
    try {
      Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form");
      java.util.Arrays.sort(forms, java.util.Comparator.comparing(r -> String.valueOf(r.getFilename())));
      ObjectMapper json = new ObjectMapper();
      for (Resource form : forms) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in), labels);
        }
      }
    } catch (IOException e) {
      // Without labels the messages name the fields by their keys: still correct, less friendly.
    }
    return Map.copyOf(labels);
  }

  private static void collect(JsonNode node, Map<String, String> labels) {
    if (node.hasNonNull("key") && node.hasNonNull("label")) {
      labels.putIfAbsent(node.get("key").asText(), node.get("label").asText());
    }
    node.path("components").forEach(child -> collect(child, labels));
  }
}
