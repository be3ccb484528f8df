package org.communityhub.platform.publicforms;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket (Bucket4j) per client address and protected form: so many posts a minute and so
 * many an hour. Buckets live in this node's memory: with two nodes behind the proxy an address may
 * post up to twice as often, which still stops a flood.
 */
final class PostRateLimits {

  /** Above this many addresses, buckets that are full again (they hold no history) are dropped. */
  private static final int SWEEP_ABOVE = 50_000;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final int perMinute;
  private final int perHour;

  PostRateLimits(int perMinute, int perHour) {
    this.perMinute = perMinute;
    this.perHour = perHour;
  }

  /** Takes one post from the address's allowance: empty if allowed, else the seconds until the next one is. */
  OptionalLong take(String address, String form) {
    if (buckets.size() > SWEEP_ABOVE) {
      buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= Math.min(perMinute, perHour));
    }
    Bucket bucket = buckets.computeIfAbsent(address + " " + form, key -> newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
        .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
        .build();
  }
}
