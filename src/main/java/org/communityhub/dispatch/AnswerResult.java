package org.communityhub.dispatch;

/** What happened to a volunteer's answer. */
public enum AnswerResult {
  /** The answer was taken. */
  TAKEN,
  /** The offer timed out, was withdrawn, or someone else took the task. Nothing changed. */
  NO_LONGER_OPEN,
  /** This link was used for this already (accepted or declined, outcome reported). Nothing changed. */
  ALREADY_ANSWERED
}
