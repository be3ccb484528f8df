package org.communityhub.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.communityhub.dispatch.DispatchTaskService;
import org.communityhub.dispatch.HelpArrangement;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.RequestStatus;
import org.communityhub.referrals.ReferralService;
import org.communityhub.referrals.UnacknowledgedReferral;
import org.communityhub.security.StaffGroups;
import org.springframework.stereotype.Component;

/**
 * What is overdue now, for duty managers: tasks past their due date, referrals past their
 * partner's acknowledgement SLA, and requests waiting longer than their priority allows. Each
 * list is grouped by the team that acts next, and every list and team is most overdue first.
 * References only: no resident's details, so nothing here goes in the access log.
 */
@Component
class OverdueWork {

  /** Who chases a partner that has not acknowledged a referral ('Chase partner' in partner-referral.bpmn). */
  static final String REFERRAL_TEAM = StaffGroups.DUTY_MANAGERS.displayName();
  /** Who finds a volunteer when matching has not ('Allocate manually' in volunteer-dispatch.bpmn). */
  static final String DISPATCH_TEAM = StaffGroups.VOLUNTEER_COORDINATORS.displayName();
  static final String NO_TEAM = "No team named";

  record TaskRow(String taskId, String name, String reference, Instant due, Duration overdueBy) {}

  record ReferralRow(String reference, String partner, Priority priority, Instant sent, Duration sla,
      Duration overdueBy) {}

  record RequestRow(String reference, Priority priority, String district, Instant received, Instant due,
      String waitingFor, Duration overdueBy) {}

  /** One team's rows, most overdue first. */
  record Team<T>(String name, List<T> rows) {}

  record Overdue(List<Team<TaskRow>> tasks, int taskCount, List<Team<ReferralRow>> referrals, int referralCount,
      List<Team<RequestRow>> requests, int requestCount) {

    public boolean nothing() {
      return taskCount + referralCount + requestCount == 0;
    }
  }

  private final WorkflowFacts workflow;
  private final ReferralService referrals;
  private final IntakeService intake;
  private final DispatchTaskService dispatch;

  OverdueWork(WorkflowFacts workflow, ReferralService referrals, IntakeService intake, DispatchTaskService dispatch) {
    this.workflow = workflow;
    this.referrals = referrals;
    this.intake = intake;
    this.dispatch = dispatch;
  }

  Overdue at(Instant now) {
    List<Grouped<TaskRow>> tasks = workflow.overdueTasks(now).stream()
        .map(task -> new Grouped<>(task.teams().isEmpty() ? NO_TEAM : String.join(", ", task.teams()),
            new TaskRow(task.id(), task.name(), task.reference(), task.due(), Duration.between(task.due(), now))))
        .toList();
    List<Grouped<ReferralRow>> pastSla = referrals.unacknowledgedPastSla(now).stream()
        .map(referral -> new Grouped<>(REFERRAL_TEAM, referralRow(referral, now))).toList();
    List<Grouped<RequestRow>> waiting = requestsWaitingTooLong(now).stream()
        .map(row -> new Grouped<>(DISPATCH_TEAM, row)).toList();
    return new Overdue(byTeam(tasks, TaskRow::overdueBy), tasks.size(), byTeam(pastSla, ReferralRow::overdueBy),
        pastSla.size(), byTeam(waiting, RequestRow::overdueBy), waiting.size());
  }

  private static ReferralRow referralRow(UnacknowledgedReferral referral, Instant now) {
    return new ReferralRow(referral.requestReference(), referral.partnerName(), referral.priority(),
        referral.sentAt(), referral.sla(), Duration.between(referral.due(), now));
  }

  /**
   * Requests waiting for a volunteer whose promise (the priority's, eligibility's Priority: P1 the
   * same day, P2 within 48 hours, P3 within 7 days of receiving it) has passed, and that no
   * volunteer or organisation has taken yet.
   */
  private List<RequestRow> requestsWaitingTooLong(Instant now) {
    List<HelpRequest> candidates = intake.waitingSince(RequestStatus.AWAITING_VOLUNTEER, now)
        .stream().filter(request -> request.getPriority() != null)
        .filter(request -> request.getPriority().dueBy(request.getCreatedAt()).isBefore(now))
        .toList();
    Map<Long, HelpArrangement> arrangements = dispatch.arrangementsOf(candidates.stream().map(HelpRequest::getId)
        .toList());
    List<RequestRow> rows = new ArrayList<>();
    for (HelpRequest request : candidates) {
      HelpArrangement arrangement = arrangements.get(request.getId());
      if (arrangement == HelpArrangement.ARRANGED) {
        continue;
      }
      Instant due = request.getPriority().dueBy(request.getCreatedAt());
      rows.add(new RequestRow(request.getReference(), request.getPriority(), request.getPostcodeDistrict(),
          request.getCreatedAt(), due, waitingFor(arrangement), Duration.between(due, now)));
    }
    return rows;
  }

  private static String waitingFor(HelpArrangement arrangement) {
    return switch (arrangement) {
      case NOT_STARTED -> "The volunteer search to start";
      case OFFER_OUT -> "A volunteer to answer an offer";
      case NO_VOLUNTEER_YET -> "A volunteer to be found or allocated";
      case ARRANGED -> "Nothing";
    };
  }

  private record Grouped<T>(String team, T row) {}

  /** Teams in order of their most overdue row; rows most overdue first. */
  private static <T> List<Team<T>> byTeam(List<Grouped<T>> rows, Function<T, Duration> overdueBy) {
    Comparator<T> mostOverdueFirst = Comparator.comparing(overdueBy).reversed();
    Map<String, List<T>> teams = new LinkedHashMap<>();
    rows.stream().sorted(Comparator.comparing(Grouped::row, mostOverdueFirst))
        .forEach(grouped -> teams.computeIfAbsent(grouped.team(), team -> new ArrayList<>()).add(grouped.row()));
    return teams.entrySet().stream().map(team -> new Team<>(team.getKey(), List.copyOf(team.getValue()))).toList();
  }
}
