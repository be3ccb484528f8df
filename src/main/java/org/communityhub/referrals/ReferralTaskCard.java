package org.communityhub.referrals;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.RequestCard;
import org.communityhub.platform.TaskCards;
import org.communityhub.platform.VariableValues;
import org.springframework.stereotype.Component;

/**
 * On creating a referral task ('Obtain consent to share', 'Chase partner', 'Find alternative
 * support'): names it after the request with the partner and the referral's priority, due by
 * that priority's promise from now.
 */
@Component
public class ReferralTaskCard implements TaskListener {

  /** Task-local, for 'Chase partner': the time the partner had to acknowledge, in words. */
  static final String ACK_SLA_IN_WORDS = "ackSlaInWords";

  private final ReferralService referrals;

  ReferralTaskCard(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void notify(DelegateTask task) {
    RequestCard card = referrals.requestCard(VariableValues.id(task, ReferralVariables.REQUEST_ID));
    String given = VariableValues.text(task, ReferralVariables.PRIORITY);
    Priority priority = given != null ? Priority.valueOf(given) : card.priority();
    String priorityInWords = priority.name() + ": " + priority.promise();
    String partner = VariableValues.text(task, ReferralVariables.PARTNER_NAME);
    TaskCards.describe(task, card.reference(), java.util.Arrays.asList(partner, card.district(), priorityInWords));
    TaskCards.showOnCard(task, card.reference(), card.district(), priorityInWords);
    TaskCards.schedule(task, priority.dueBy(task.getCreateTime().toInstant()), priority.taskPriority(), null);
    String sla = VariableValues.text(task, ReferralVariables.ACK_SLA);
    if (sla != null) {
      task.setVariableLocal(ACK_SLA_IN_WORDS, durationInWords(Duration.parse(sla)));
    }
  }

  /** PT4H → "4 hours", P2D → "2 days", PT90M → "90 minutes": the time a partner has, for 'Chase partner'. */
  static String durationInWords(Duration duration) {
    if (duration.toMinutes() % (24 * 60) == 0) {
      return plural(duration.toDays(), "day");
    }
    if (duration.toMinutes() % 60 == 0) {
      return plural(duration.toHours(), "hour");
    }
    return plural(Math.max(1, duration.toMinutes()), "minute");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
