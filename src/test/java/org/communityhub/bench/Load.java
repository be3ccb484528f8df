package org.communityhub.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Runs one operation from N threads for a warm-up and then a measured period, bounded in time. */
final class Load {

  interface Operation {
    /** One call; returns true if it counts as completed. */
    boolean call(int thread, long sequence) throws Exception;
  }

  private Load() {}

  static Measurement run(String name, int threads, Duration warmUp, Duration measured, Operation operation)
      throws Exception {
    drive(threads, warmUp, operation, null, null);
    AtomicLong completed = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    java.time.Instant measuredFrom = java.time.Instant.now();
    long started = System.nanoTime();
    drive(threads, measured, operation, completed, latencies);
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray();
    return new Measurement(name, threads, seconds, completed.get(), all, measuredFrom);
  }

  private static void drive(int threads, Duration duration, Operation operation, AtomicLong completed,
      List<long[]> latencies) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long deadline = System.nanoTime() + duration.toNanos();
    List<Future<long[]>> results = new ArrayList<>();
    AtomicLong sequence = new AtomicLong();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      results.add(pool.submit(() -> {
        long[] mine = new long[1024];
        int count = 0;
        while (System.nanoTime() < deadline) {
          long start = System.nanoTime();
          boolean ok = operation.call(thread, sequence.incrementAndGet());
          long micros = (System.nanoTime() - start) / 1000;
          if (ok && completed != null) {
            completed.incrementAndGet();
            if (count == mine.length) {
              mine = java.util.Arrays.copyOf(mine, count * 2);
            }
            mine[count++] = micros;
          }
        }
        return java.util.Arrays.copyOf(mine, count);
      }));
    }
    for (Future<long[]> result : results) {
      long[] mine = result.get();
      if (latencies != null) {
        latencies.add(mine);
      }
    }
    pool.shutdown();
  }
}
