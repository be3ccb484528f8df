package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.support.Accessibility.assertAccessible;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityhub.intake.IntakeService;
import org.communityhub.support.DeskBrowserTest;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A duty manager signs in at /login and opens "What is overdue now" from the home page, in
 * headless Chromium, checked with axe-core at desktop width and 320 px; a call handler is refused.
 */
@HubIntegrationTest
class OverduePageBrowserTest extends DeskBrowserTest {

  OverduePageBrowserTest() {
    super("desk-duty-");
  }

  @Autowired IntakeService intake;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @Test
  void dutyManagerSignsInAndSeesWhatIsOverdueByTeam() throws IOException {
    OverdueFixture fixture = new OverdueFixture(intake, tasks, management, jdbc);
    Instant now = Instant.now();
    Task pastDue = fixture.reviewTaskDue(now.minus(Duration.ofMinutes(95)));
    String referral = fixture.p1HousingReferralSentAt(now.minus(Duration.ofHours(11)));
    String request = fixture.p1RequestReceivedAt(now.minus(Duration.ofHours(30)));
    String reviewed = tasks.createTaskQuery().taskId(pastDue.getId()).singleResult().getProcessInstanceId();
    String taskReference = jdbc.queryForObject(
        "select business_key_ from act_ru_execution where id_ = ?", String.class, reviewed);

    open("/login");
    signIn("dutymanager", "demo");
    assertThat(browser.findElement(By.id("overdue-link")).getText()).isEqualTo("What is overdue now");
    assertThat(text()).doesNotContain("Cockpit");
    clickAndWait(By.id("overdue-link"));

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("What is overdue now");
    String page = text();
    // (a minute may pass while the page is made: the minutes are matched loosely)
    assertThat(page).contains("Tasks past their due date", "Eligibility officers", "Review eligibility", taskReference)
        .containsPattern("1 hour 3[5-7] minutes overdue")
        .contains("Referrals past their SLA", "Demo Homes Housing Association", referral)
        .containsPattern("\\b3 hours( [1-2] minutes?)? overdue")
        .contains("Requests waiting longer than their priority allows", "Volunteer coordinators", request, "WA10")
        // P1: promised by the end of the day it came in (UK time), so how long past it depends on the hour now
        .containsPattern(Pattern.quote(request) + " .* overdue")
        .doesNotContain("Nothing is overdue")
        // no resident's name, phone or address (the made-up residents are TestXxxx ResidentXxxx of Duke Street)
        .doesNotContainPattern("Test[a-z]{8}|Resident[a-z]{8}|07700|Duke Street");
    assertAccessible(browser, "overdue page");
    screenshot("overdue");
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 320, "height", 1400, "deviceScaleFactor", 1, "mobile", true));
    screenshot("overdue-320");
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

    // The request's reference opens its page (duty managers do casework too).
    clickAndWait(By.linkText(request));
    assertThat(browser.getCurrentUrl()).endsWith("/staff/requests/" + request);
  }

  @Test
  void aCallHandlerIsRefusedTheOverduePage() {
    open("/login");
    signIn("callhandler", "demo");
    assertThat(text()).doesNotContain("What is overdue now");
    open("/staff/overdue");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    assertThat(text()).doesNotContain("What is overdue now", "Tasks past their due date");
    assertAccessible(browser, "overdue page refused to a call handler");
  }
}
