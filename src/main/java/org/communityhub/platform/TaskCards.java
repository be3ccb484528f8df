package org.communityhub.platform;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * How a staff task says which is which in Tasklist, the same in every process: its name carries
 * what it is about and the key facts ("Review eligibility: HR-2026-000123 (Central St Helens, P2)"),
 * its due date and priority come from the promise made, and three task-local variables repeat the
 * facts for the task card (the team filter shows them: security.StaffAccessInitializer).
 * Each feature's create listener works out the facts; this class only writes them on the task.
 */
public final class TaskCards {

  /** Task-local variables the Tasklist filter shows on each card. */
  public static final String CARD_REFERENCE = "cardReference";
  public static final String CARD_DISTRICT = "cardDistrict";
  public static final String CARD_PRIORITY = "cardPriority";

  private TaskCards() {}

  /**
   * @param subject the reference of the request, or the volunteer's name for onboarding tasks
   * @param facts short facts in words, blanks left out ("Central St Helens", "P2: within 48 hours")
   */
  public static void describe(DelegateTask task, String subject, List<String> facts) {
    List<String> given = facts.stream().filter(Objects::nonNull).filter(f -> !f.isBlank()).toList();
    String name = task.getName() + ": " + subject + (given.isEmpty() ? "" : given.stream()
        .collect(Collectors.joining(", ", " (", ")")));
    // Camunda's task name column holds 255 characters.
    task.setName(name.length() > 255 ? name.substring(0, 254) + "…" : name);
  }

  /** The facts for the card, each only when known. */
  public static void showOnCard(DelegateTask task, String reference, String district, String priority) {
    setIfKnown(task, CARD_REFERENCE, reference);
    setIfKnown(task, CARD_DISTRICT, district);
    setIfKnown(task, CARD_PRIORITY, priority);
  }

  /** The due date and Camunda priority from the promise; a follow-up date when the process waits on someone. */
  public static void schedule(DelegateTask task, Instant due, Integer priority, Instant followUp) {
    if (due != null) {
      task.setDueDate(Date.from(due));
    }
    if (priority != null) {
      task.setPriority(priority);
    }
    if (followUp != null) {
      task.setFollowUpDate(Date.from(followUp));
    }
  }

  private static void setIfKnown(DelegateTask task, String name, String value) {
    if (value != null && !value.isBlank()) {
      task.setVariableLocal(name, value);
    }
  }
}
