package org.communityhub.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** A refused start is reported as its reasons, one line each, not as a stack trace. */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartRefusedException> {

  static final String ACTION = "Give these settings in the hub's environment, then start it again. "
      + "docker/.env.example lists every production setting and how to make it.";

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StartRefusedException cause) {
    return new FailureAnalysis(cause.getMessage(), ACTION, cause);
  }
}
