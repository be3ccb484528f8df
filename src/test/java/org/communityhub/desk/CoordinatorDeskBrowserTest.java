package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.support.Accessibility.assertAccessible;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Set;
import org.communityhub.support.DeskBrowserTest;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.NewVolunteer;
import org.communityhub.volunteers.Skill;
import org.communityhub.volunteers.VolunteerService;
import org.communityhub.volunteers.VolunteerStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A volunteer coordinator's desk in headless Chromium against the whole hub: signs in at /login,
 * adds a volunteer (a mistake first), uploads a sign-up list with one bad row and reads the report,
 * filters the register and opens a volunteer's page, pauses them, and sees the organisations;
 * every page passes axe-core's WCAG 2.2 AA checks at desktop width and at 320 px. A call handler
 * is refused the register.
 */
@HubIntegrationTest
class CoordinatorDeskBrowserTest extends DeskBrowserTest {

  CoordinatorDeskBrowserTest() {
    super("desk-coord-");
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired VolunteerService volunteers;
  private final String run = Long.toString(System.nanoTime(), 36);

  @Test
  void coordinatorAddsAVolunteerUploadsASignUpListAndFiltersTheRegister() throws IOException {
    open("/login");
    signIn("coordinator");
    assertThat(text()).contains("Signed in as coordinator", "Volunteers");
    clickAndWait(By.id("volunteers-link"));
    assertAccessible(browser, "volunteer register");

    // Add a volunteer: a mistake first, then right. "Aaron" sorts them near the top of the register.
    clickAndWait(By.id("add-volunteer-link"));
    assertAccessible(browser, "add a volunteer");
    String lastName = "Aaronson" + run;
    browser.findElement(By.id("firstName")).sendKeys("Rhys");
    browser.findElement(By.id("lastName")).sendKeys(lastName);
    browser.findElement(By.id("email")).sendKeys("not an email");
    clickAndWait(By.id("add-volunteer"));
    assertThat(text()).contains("There is a problem", "Enter an email address like name@example.org",
        "Choose the district the volunteer lives in", "Choose at least one way the volunteer will help");
    assertAccessible(browser, "add a volunteer with mistakes");
    screenshot("add-volunteer-error");
    assertThat(jdbc.queryForObject("select count(*) from volunteer where last_name = ?", Long.class, lastName)).isZero();
    WebElement email = browser.findElement(By.id("email"));
    email.clear();
    email.sendKeys("rhys." + run + "@example.org");
    new Select(browser.findElement(By.id("homeDistrict"))).selectByValue("WA10");
    browser.findElement(By.cssSelector("label[for='skills-LANGUAGES']")).click();
    browser.findElement(By.cssSelector("label[for='availableDays']")).click();
    clickAndWait(By.id("add-volunteer"));
    assertThat(browser.findElement(By.id("success-banner")).getText()).contains("Rhys " + lastName, "is added");
    assertThat(browser.findElement(By.id("volunteer-details")).getText()).contains("rhys." + run + "@example.org",
        "Languages", "Monday");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Applied");
    assertAccessible(browser, "a volunteer's page");
    screenshot("volunteer");

    // Upload a sign-up list with one bad row and read the report.
    open("/staff/volunteers/import");
    assertAccessible(browser, "upload a sign-up list");
    Path csv = Files.createTempDirectory("coordinator").resolve("signups.csv");
    Files.writeString(csv, """
        first_name,last_name,email,phone,home_district,travel_districts,skills,available_days,dbs_level,dbs_issued_on
        Ola,Aaronson%1$s,ola.%1$s@example.org,07700 900401,WA10,WA9,LANGUAGES;DOG_WALKING,MON;TUE,,
        Bad,Row,not-an-email,,WA10,,LANGUAGES,MON,,
        """.formatted(run));
    browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
    clickAndWait(By.id("upload"));
    assertThat(browser.findElement(By.id("import-summary")).getText()).contains("1 added", "1 not added");
    assertThat(browser.findElement(By.id("rejected-rows")).getText()).contains("3", "email",
        "Enter an email address like name@example.org");
    assertAccessible(browser, "upload report");
    screenshot("import-report");

    // Filter the register: applicants in WA10 who speak languages, then a filter it cannot use.
    open("/staff/volunteers");
    new Select(browser.findElement(By.id("district"))).selectByValue("WA10");
    new Select(browser.findElement(By.id("skill"))).selectByValue("LANGUAGES");
    new Select(browser.findElement(By.id("status"))).selectByValue("APPLIED");
    browser.findElement(By.id("idleDays")).sendKeys("30");
    clickAndWait(By.id("apply-filters"));
    assertThat(browser.getCurrentUrl()).contains("district=WA10", "skill=LANGUAGES", "status=APPLIED", "idleDays=30");
    assertThat(browser.findElement(By.id("register")).getText()).contains("Rhys " + lastName, "Ola " + lastName,
        "Languages", "Applied", "No DBS check", "Never");
    assertAccessible(browser, "filtered register");
    screenshot("register");
    WebElement idle = browser.findElement(By.id("idleDays"));
    idle.clear();
    idle.sendKeys("a month");
    clickAndWait(By.id("apply-filters"));
    assertThat(text()).contains("There is a problem", "Enter the number of days as a whole number");
    assertAccessible(browser, "register with a wrong filter");

    // Pause an active volunteer (one of this test's own, so matching elsewhere is undisturbed) and resume them.
    long active = volunteers.register(new NewVolunteer("Asha", lastName, "asha." + run + "@example.org", null, "WA10",
        Set.of(), Set.of(Skill.SHOPPING), Set.of(DayOfWeek.SATURDAY), VolunteerStatus.ACTIVE, true, DbsLevel.NONE, null));
    open("/staff/volunteers/" + active);
    clickAndWait(By.id("pause"));
    assertThat(browser.findElement(By.id("success-banner")).getText()).contains("Asha " + lastName + " is paused");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Paused");
    assertAccessible(browser, "a paused volunteer's page");
    clickAndWait(By.id("resume"));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Active");

    open("/staff/organisations");
    assertThat(browser.findElement(By.id("organisations")).getText()).isNotBlank();
    assertAccessible(browser, "organisations");
    screenshot("organisations");
    clickAndWait(By.id("add-organisation-link"));
    clickAndWait(By.id("add-organisation"));
    assertThat(text()).contains("There is a problem");
    assertAccessible(browser, "add an organisation with a mistake");
  }

  @Test
  void aCallHandlerCannotOpenTheRegisterOrAVolunteersDetails() {
    open("/login");
    signIn("callhandler");
    assertThat(text()).doesNotContain("Volunteers:");
    open("/staff/volunteers");
    assertThat(text()).contains("You cannot see this page");
    open("/staff/volunteers/1");
    assertThat(text()).contains("You cannot see this page").doesNotContain("@example.org");
  }

  private void signIn(String user) {
    signIn(user, "demo");
    wait.until(ExpectedConditions.urlMatches(".*/staff(\\?continue)?$"));
  }
}
