package org.communityhub.platform;

import java.util.List;

/**
 * The hub will not start with these settings. Each reason is one plain line for the operator,
 * naming the setting and what to give; {@link StartRefusedFailureAnalyzer} prints them instead of
 * a stack trace.
 */
public class StartRefusedException extends RuntimeException {

  private final List<String> reasons;

  public StartRefusedException(List<String> reasons) {
    super(String.join("\n", reasons));
    this.reasons = List.copyOf(reasons);
  }

  public StartRefusedException(String reason) {
    this(List.of(reason));
  }

  public List<String> reasons() {
    return reasons;
  }
}
