package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.IntakeService;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The overdue page's answers on the whole hub (PostgreSQL, the real processes): what is overdue
 * shows with how long, what is not yet overdue does not, and a night when the clocks go forward
 * neither adds nor loses an hour.
 */
@HubIntegrationTest
class OverdueNowTest {

  @Autowired OverdueWork overdueWork;
  @Autowired DeskFormat format;
  @Autowired IntakeService intake;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  private OverdueFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new OverdueFixture(intake, tasks, management, jdbc);
  }

  @Test
  void showsWhatIsOverdueWithHowLongAndNothingThatIsStillInTime() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    Task pastDue = fixture.reviewTaskDue(now.minus(Duration.ofMinutes(125)));
    Task dueLater = fixture.reviewTaskDue(now.plus(Duration.ofHours(2)));
    Task noDueDate = fixture.reviewTaskDue(null);
    String referralPastSla = fixture.p1HousingReferralSentAt(now.minus(Duration.ofHours(10)));
    String referralInTime = fixture.p1HousingReferralSentAt(now.minus(Duration.ofHours(7)));
    Instant yesterday = now.minus(Duration.ofDays(1));
    String p1Yesterday = fixture.p1RequestReceivedAt(yesterday);
    String p1JustNow = fixture.p1RequestReceivedAt(now); // promised by the end of today

    OverdueWork.Overdue overdue = overdueWork.at(now);

    List<OverdueWork.TaskRow> officers = team(overdue.tasks(), "Eligibility officers").orElseThrow();
    assertThat(officers).extracting(OverdueWork.TaskRow::taskId).contains(pastDue.getId())
        .doesNotContain(dueLater.getId(), noDueDate.getId());
    OverdueWork.TaskRow task = officers.stream().filter(row -> row.taskId().equals(pastDue.getId())).findFirst()
        .orElseThrow();
    assertThat(task.name()).startsWith("Review eligibility: " + task.reference());
    assertThat(task.reference()).startsWith("HR-");
    assertThat(format.duration(task.overdueBy())).isEqualTo("2 hours 5 minutes");

    List<OverdueWork.ReferralRow> referrals = team(overdue.referrals(), "Duty managers").orElseThrow();
    assertThat(referrals).extracting(OverdueWork.ReferralRow::reference).contains(referralPastSla)
        .doesNotContain(referralInTime);
    OverdueWork.ReferralRow referral = referrals.stream().filter(row -> row.reference().equals(referralPastSla))
        .findFirst().orElseThrow();
    assertThat(referral.partner()).isEqualTo("Demo Homes Housing Association");
    assertThat(referral.priority()).isEqualTo(Priority.P1);
    assertThat(format.duration(referral.sla())).isEqualTo("8 hours");
    assertThat(format.duration(referral.overdueBy())).isEqualTo("2 hours");

    List<OverdueWork.RequestRow> requests = team(overdue.requests(), "Volunteer coordinators").orElseThrow();
    assertThat(requests).extracting(OverdueWork.RequestRow::reference).contains(p1Yesterday)
        .doesNotContain(p1JustNow);
    OverdueWork.RequestRow request = requests.stream().filter(row -> row.reference().equals(p1Yesterday))
        .findFirst().orElseThrow();
    assertThat(request.priority()).isEqualTo(Priority.P1);
    assertThat(request.district()).isEqualTo("WA10");
    assertThat(request.due()).as("the end of the day it came in, UK time").isEqualTo(Priority.P1.dueBy(yesterday));
    assertThat(request.overdueBy()).isEqualTo(Duration.between(Priority.P1.dueBy(yesterday), now));
    assertThat(request.waitingFor()).startsWith("A volunteer");

    // every list most overdue first
    for (var team : overdue.tasks()) {
      assertThat(team.rows()).isSortedAccordingTo((a, b) -> b.overdueBy().compareTo(a.overdueBy()));
    }
    for (var team : overdue.requests()) {
      assertThat(team.rows()).isSortedAccordingTo((a, b) -> b.overdueBy().compareTo(a.overdueBy()));
    }
  }

  /**
   * British Summer Time began at 01:00 GMT on 29 March 2026. A P1 request received at 00:30 GMT that
   * night is promised help by the end of that day in the UK, 11:59pm BST, which is 10:59pm GMT: not
   * overdue at 11:30pm BST, 30 minutes overdue at 00:29am BST. Counting the day in GMT would get both
   * wrong by the lost hour.
   */
  @Test
  void theNightTheClocksGoForwardNeitherAddsNorLosesAnHour() {
    Instant received = Instant.parse("2026-03-29T00:30:00Z");
    String request = fixture.p1RequestReceivedAt(received);
    Task task = fixture.reviewTaskDue(Instant.parse("2026-03-29T00:30:00Z"));
    try {
      OverdueWork.Overdue at1130Bst = overdueWork.at(Instant.parse("2026-03-29T22:30:00Z"));
      assertThat(allRequests(at1130Bst)).extracting(OverdueWork.RequestRow::reference).doesNotContain(request);

      OverdueWork.Overdue at0029Bst = overdueWork.at(Instant.parse("2026-03-29T23:29:00Z"));
      OverdueWork.RequestRow row = allRequests(at0029Bst).stream().filter(r -> r.reference().equals(request))
          .findFirst().orElseThrow();
      assertThat(format.duration(row.overdueBy())).isEqualTo("30 minutes");
      assertThat(format.when(row.received())).isEqualTo("29 March 2026 at 12:30am");
      assertThat(format.when(row.due())).isEqualTo("29 March 2026 at 11:59pm");

      OverdueWork.TaskRow taskRow = at0029Bst.tasks().stream().flatMap(team -> team.rows().stream())
          .filter(r -> r.taskId().equals(task.getId())).findFirst().orElseThrow();
      assertThat(format.when(taskRow.due())).isEqualTo("29 March 2026 at 12:30am");
      assertThat(format.duration(taskRow.overdueBy())).as("12:30am GMT to 00:29am BST the next day, in elapsed time")
          .isEqualTo("22 hours 59 minutes");
    } finally {
      // leave nothing months overdue for the other tests' pages
      fixture.receivedAt(request, Instant.now());
      fixture.setDue(task, null);
    }
  }

  private static List<OverdueWork.RequestRow> allRequests(OverdueWork.Overdue overdue) {
    return overdue.requests().stream().flatMap(team -> team.rows().stream()).toList();
  }

  private static <T> Optional<List<T>> team(List<OverdueWork.Team<T>> teams, String name) {
    return teams.stream().filter(team -> team.name().equals(name)).map(OverdueWork.Team::rows).findFirst();
  }
}
