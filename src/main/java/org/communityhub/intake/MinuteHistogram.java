package org.communityhub.intake;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;

/**
 * How many requests took how long to reach one step, for the response report's day summary (V78).
 * Times are rounded, in SQL ({@link #roundedMinutes}), to the nearest minute below 2 hours, the
 * nearest 10 minutes below 2 days and the nearest hour beyond: the report shows hours to one decimal
 * place (6 minutes), and a year of days then merges in a few milliseconds. Stored as bytes: pairs of
 * (minutes since the previous pair's, requests), each an unsigned varint, in increasing minutes.
 */
final class MinuteHistogram {

  static final int MINUTES_TO = 120;
  static final int TEN_MINUTES_TO = 2 * 24 * 60;

  /** Counts, indexed by {@link #index} of the rounded minutes. */
  private long[] counts = new long[512];
  private long total;

  /**
   * SQL for a step's duration rounded as this class keeps it, in whole minutes, from SQL for its
   * duration in whole seconds (earlier than received counts as 0).
   */
  static String roundedMinutes(String seconds) {
    String s = "(case when " + seconds + " < 0 then 0 else " + seconds + " end)";
    return "case when " + s + " < " + MINUTES_TO * 60 + " then (" + s + " + 30) / 60"
        + " when " + s + " < " + TEN_MINUTES_TO * 60 + " then (" + s + " + 300) / 600 * 10"
        + " else (" + s + " + 1800) / 3600 * 60 end";
  }

  void add(long minutes, long requests) {
    int index = index(minutes);
    if (index >= counts.length) {
      counts = Arrays.copyOf(counts, Math.max(index + 1, counts.length * 2));
    }
    counts[index] += requests;
    total += requests;
  }

  /** Adds a stored histogram (see {@link #bytes}) to this one. */
  void add(byte[] stored) {
    if (stored == null) {
      return;
    }
    int[] at = {0};
    long minutes = 0;
    while (at[0] < stored.length) {
      minutes += varint(stored, at);
      add(minutes, varint(stored, at));
    }
  }

  long total() {
    return total;
  }

  /**
   * The percentile as the database's percentile_cont computes it over the rounded times: between the
   * two nearest ranks, in proportion. Null when no request reached the step.
   */
  Duration percentile(double fraction) {
    if (total == 0) {
      return null;
    }
    double rank = fraction * (total - 1);
    long below = (long) Math.floor(rank);
    long low = minutesAtRank(below);
    long high = minutesAtRank(Math.min(total - 1, below + 1));
    double minutes = low + (rank - below) * (high - low);
    return Duration.ofSeconds(Math.round(minutes * 60));
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long previous = 0;
    for (int index = 0; index < counts.length; index++) {
      if (counts[index] > 0) {
        long minutes = minutes(index);
        write(out, minutes - previous);
        write(out, counts[index]);
        previous = minutes;
      }
    }
    return out.toByteArray();
  }

  /** The rounded minutes of the request at this rank (0 is the quickest). */
  private long minutesAtRank(long rank) {
    long seen = 0;
    for (int index = 0; index < counts.length; index++) {
      seen += counts[index];
      if (seen > rank) {
        return minutes(index);
      }
    }
    throw new IllegalStateException("rank " + rank + " beyond " + total);
  }

  /** Rounded minutes to a dense index: minutes up to 2 hours, tens of minutes to 2 days, hours beyond. */
  private static int index(long minutes) {
    if (minutes <= MINUTES_TO) {
      return (int) minutes;
    }
    if (minutes <= TEN_MINUTES_TO) {
      return MINUTES_TO + (int) ((minutes - MINUTES_TO) / 10);
    }
    return MINUTES_TO + (TEN_MINUTES_TO - MINUTES_TO) / 10 + (int) ((minutes - TEN_MINUTES_TO) / 60);
  }

  private static long minutes(int index) {
    int tens = MINUTES_TO + (TEN_MINUTES_TO - MINUTES_TO) / 10;
    if (index <= MINUTES_TO) {
      return index;
    }
    if (index <= tens) {
      return MINUTES_TO + (long) (index - MINUTES_TO) * 10;
    }
    return TEN_MINUTES_TO + (long) (index - tens) * 60;
  }

  private static void write(ByteArrayOutputStream out, long value) {
    while (value >= 0x80) {
      out.write((int) (value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.write((int) value);
  }

  private static long varint(byte[] bytes, int[] at) {
    long value = 0;
    int shift = 0;
    while (true) {
      byte next = bytes[at[0]++];
      value |= (long) (next & 0x7f) << shift;
      if ((next & 0x80) == 0) {
        return value;
      }
      shift += 7;
    }
  }
}
