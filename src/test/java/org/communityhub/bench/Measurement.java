package org.communityhub.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Throughput and latency percentiles of one benchmark phase. */
record Measurement(String name, int threads, double seconds, long completed, long[] latenciesMicros,
    java.time.Instant measuredFrom) {

  double perSecond() {
    return completed / seconds;
  }

  double percentileMillis(double percentile) {
    if (latenciesMicros.length == 0) {
      return Double.NaN;
    }
    long[] sorted = latenciesMicros.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
  }

  Map<String, Object> asJson(double baselinePerSecond) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", name);
    json.put("threads", threads);
    json.put("seconds", seconds);
    json.put("completed", completed);
    json.put("perSecond", round(perSecond()));
    json.put("ratioToBaseline", round(perSecond() / baselinePerSecond));
    if (latenciesMicros.length > 0) {
      json.put("p50Ms", round(percentileMillis(50)));
      json.put("p95Ms", round(percentileMillis(95)));
      json.put("p99Ms", round(percentileMillis(99)));
    }
    return json;
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
