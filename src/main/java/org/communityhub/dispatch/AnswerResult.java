package org.communityhub.dispatch;

/** What happened to a volunteer's answer. */
public enum AnswerResult {
  /** The answer was taken. */
  TAKEN,
  /** The offer timed out, was answered already, or someone else took the task. Nothing changed. */
  NO_LONGER_OPEN
}
