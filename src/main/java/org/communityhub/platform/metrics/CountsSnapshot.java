package org.communityhub.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Counts read from the database at most once in a while, however often Prometheus scrapes and
 * however many gauges read them: each scrape of a busy hub must not become a round of count queries.
 */
public final class CountsSnapshot {

  /** How old a snapshot may be before the next read refreshes it. */
  public static final Duration MAX_AGE = Duration.ofSeconds(30);

  private final Supplier<Map<String, Long>> query;
  private final Clock clock;
  private Map<String, Long> counts = Map.of();
  private Instant readAt = Instant.MIN;

  public CountsSnapshot(Supplier<Map<String, Long>> query, Clock clock) {
    this.query = query;
    this.clock = clock;
  }

  /** The count under this key (0 when the query found none), from a snapshot at most MAX_AGE old. */
  public synchronized double count(String key) {
    Instant now = clock.instant();
    if (readAt.plus(MAX_AGE).isBefore(now)) {
      counts = query.get();
      readAt = now;
    }
    return counts.getOrDefault(key, 0L);
  }
}
