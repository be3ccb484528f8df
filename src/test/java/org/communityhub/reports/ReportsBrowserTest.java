package org.communityhub.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.support.Accessibility.assertAccessible;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.communityhub.eligibility.Priority;
import org.communityhub.platform.ReportPeriods;
import org.communityhub.support.DeskBrowserTest;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A duty manager opens last month's panel report from the desk home page in headless Chromium, sees
 * its charts and tables with small counts withheld, and prints it (print media: the desk's menus and
 * forms are left off); the demand report and its range form; axe-core at desktop width and 320 px.
 * A call handler is offered no reports and is refused them.
 */
@HubIntegrationTest
class ReportsBrowserTest extends DeskBrowserTest {

  ReportsBrowserTest() {
    super("desk-reports-");
  }

  @Autowired JdbcTemplate jdbc;

  @Test
  void aDutyManagerOpensLastMonthsPanelReportPrintsItAndFindsItsDownloads() throws IOException {
    YearMonth lastMonth = YearMonth.now(ReportPeriods.UK).minusMonths(1);
    Instant midMonth = lastMonth.atDay(10).atTime(11, 0).atZone(ReportPeriods.UK).toInstant();
    ReportFixture fixture = new ReportFixture(jdbc);
    for (int i = 0; i < 6; i++) {
      Instant received = midMonth.plus(Duration.ofHours(i));
      fixture.request(fixture.resident(), false, received, "WA12", "PHONE", Priority.P2, "CLOSED", "VOLUNTEER", "FOOD",
          received.plus(Duration.ofHours(1)), received.plus(Duration.ofHours(3)), received.plus(Duration.ofHours(20)),
          received.plus(Duration.ofHours(21)));
    }
    fixture.request(fixture.resident(), false, midMonth, "WA9", "PARTNER", Priority.P3, "CLOSED", "VOLUNTEER",
        "PRESCRIPTIONS", null, null, midMonth.plus(Duration.ofDays(9)), midMonth.plus(Duration.ofDays(9)));
    String monthName = ReportPeriods.covering(ReportPeriods.By.MONTH, lastMonth.atDay(1), lastMonth.atDay(1))
        .periods().get(0).label();

    open("/login");
    signIn("dutymanager", "demo");
    clickAndWait(By.id("reports-link"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Reports");
    clickAndWait(By.id("panel-link"));

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Panel report: " + monthName);
    String page = text();
    assertThat(page).contains("Demand: requests for help", "Response: how fast help came", "Partners: referrals",
        "Volunteers and organisations", "fewer than 5", monthName + ":")
        .doesNotContain("HR-");
    assertThat(browser.findElements(By.cssSelector("figure.report-chart svg[role=img] title"))).isNotEmpty();
    assertThat(browser.findElement(By.id("csv-by-district")).getAttribute("href"))
        .contains("/staff/reports/panel/by-district.csv?month=" + lastMonth.getMonthValue());
    assertAccessible(browser, "panel report");
    screenshot("panel");

    // Printed: the desk's header, menus, forms and download links are left off; the figures stay.
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    assertThat(browser.findElement(By.cssSelector(".govuk-header")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.cssSelector(".report-range-form")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("csv-by-district")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("by-district")).isDisplayed()).isTrue();
    screenshot("panel-print");
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 320, "height", 1400, "deviceScaleFactor", 1, "mobile", true));
    Object chartWidth = ((JavascriptExecutor) browser).executeScript(
        "return document.querySelector('figure.report-chart svg').getBoundingClientRect().width;");
    assertThat(((Number) chartWidth).doubleValue()).as("the chart fits a 320 px screen").isLessThanOrEqualTo(320);
    screenshot("panel-320");
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

    // The demand report, and its range form answering a wrong month beside the field
    open("/staff/reports/demand");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Demand: requests for help");
    assertThat(browser.findElement(By.id("requests")).getText()).contains(monthName);
    assertAccessible(browser, "demand report");
    screenshot("demand");
    browser.findElement(By.id("fromMonth")).clear();
    browser.findElement(By.id("fromMonth")).sendKeys("13");
    clickAndWait(By.id("show-report"));
    assertThat(text()).contains("There is a problem", "Enter the month the report starts from as a number from 1 to 12");
    assertAccessible(browser, "demand report with a wrong month");

    open("/staff/reports/response");
    assertThat(browser.findElement(By.id("within-promise")).getText()).contains("P2 (within 48 hours)");
    assertAccessible(browser, "response report");
    open("/staff/reports/volunteers");
    assertAccessible(browser, "volunteers report");
    open("/staff/reports/partners");
    assertAccessible(browser, "partners report");
  }

  @Test
  void aCallHandlerIsOfferedNoReportsAndIsRefusedThem() {
    open("/login");
    signIn("callhandler", "demo");
    assertThat(browser.findElements(By.id("reports-link"))).isEmpty();
    open("/staff/reports/panel");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    assertThat(text()).doesNotContain("Panel report", "fewer than 5");
  }
}
