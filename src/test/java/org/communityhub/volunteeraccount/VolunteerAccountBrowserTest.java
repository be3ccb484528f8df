package org.communityhub.volunteeraccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.support.Accessibility.assertAccessible;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.communityhub.support.DeskBrowserTest;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.NewVolunteer;
import org.communityhub.volunteers.Skill;
import org.communityhub.volunteers.TimeOfDay;
import org.communityhub.volunteers.VolunteerService;
import org.communityhub.volunteers.VolunteerStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A volunteer in headless Chromium asks for a sign-in link, signs in with it once, changes when
 * they are free, takes a break, comes back and stops volunteering with their details erased.
 * Every page: axe-core WCAG 2.2 AA at desktop width and at 320 px.
 */
@HubIntegrationTest
class VolunteerAccountBrowserTest extends DeskBrowserTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired VolunteerService volunteers;

  VolunteerAccountBrowserTest() {
    super("volunteer-account-");
  }

  @Test
  void aVolunteerSignsInByLinkPausesResumesAndLeavesWithTheirDetailsErased() throws Exception {
    String run = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
    String email = "asha." + run + "@example.org";
    long id = volunteers.register(new NewVolunteer("Asha", "Account" + run, email, null, "WA10", Set.of("WA9"),
        EnumSet.of(Skill.SHOPPING), EnumSet.of(DayOfWeek.MONDAY), VolunteerStatus.ACTIVE, true, DbsLevel.NONE, null));

    open("/volunteer/sign-in");
    assertThat(browser.findElements(By.tagName("script"))).as("works without JavaScript: the page has none").isEmpty();
    assertAccessible(browser, "volunteer sign-in page");
    browser.findElement(By.id("email")).sendKeys("not an email");
    clickAndWait(By.id("send-link"));
    assertThat(browser.findElement(By.id("email-error")).getText()).contains("Enter an email address in the correct format");
    assertAccessible(browser, "volunteer sign-in page with a problem");

    // An email nobody volunteers with gets the same answer, and no message.
    int messagesBefore = messagesTo(id);
    browser.findElement(By.id("email")).clear();
    browser.findElement(By.id("email")).sendKeys("nobody." + run + "@example.org");
    clickAndWait(By.id("send-link"));
    String unknownAnswer = browser.findElement(By.tagName("main")).getText();
    assertThat(unknownAnswer).contains("If that email is registered, we have sent a link");

    open("/volunteer/sign-in");
    browser.findElement(By.id("email")).sendKeys(email.toUpperCase());
    clickAndWait(By.id("send-link"));
    assertThat(browser.findElement(By.tagName("main")).getText()).isEqualTo(unknownAnswer);
    assertAccessible(browser, "sign-in link sent page");
    assertThat(messagesTo(id)).isEqualTo(messagesBefore + 1);

    String path = linkPath(jdbc.queryForObject("select personalisation from notification_outbox where recipient = ?"
        + " and message_key like 'volunteer-sign-in-%' order by id desc fetch first 1 rows only", String.class,
        "volunteer:" + id));
    open(path);
    assertAccessible(browser, "sign-in link page");
    String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();
    clickAndWait(By.id("sign-in"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your volunteer page");
    assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).as("a new session at sign-in")
        .isNotEqualTo(sessionBefore);
    assertThat(browser.findElement(By.id("status")).getText()).startsWith("Volunteering");
    assertThat(text()).contains("Asha Account" + run, "Shopping", "There are no requests waiting for your answer",
        "You have not taken on a request yet").doesNotContain("SHOPPING", "ACTIVE");
    assertThat(browser.findElements(By.tagName("script"))).isEmpty();
    assertAccessible(browser, "volunteer's own page");
    screenshot("page");

    // When they are free: no time of day is a problem beside the question, nothing saved
    for (String time : new String[] {"timesOfDay", "timesOfDay-2", "timesOfDay-3"}) {
      browser.findElement(By.cssSelector("label[for='" + time + "']")).click(); // all three were ticked
    }
    clickAndWait(By.id("save-availability"));
    assertThat(browser.findElement(By.id("timesOfDay-error")).getText()).contains("Choose at least one time of day");
    assertAccessible(browser, "volunteer's own page with a problem");
    assertThat(volunteers.timesOfDay(id)).isEmpty();
    browser.findElement(By.cssSelector("label[for='timesOfDay-3']")).click(); // evening
    browser.findElement(By.cssSelector("label[for='availableDays-6']")).click(); // and Saturday
    clickAndWait(By.id("save-availability"));
    assertThat(browser.findElement(By.id("changed")).getText()).contains("We have saved when you are free");
    assertThat(volunteers.timesOfDay(id)).containsExactly(TimeOfDay.EVENING);
    assertThat(volunteers.details(id).orElseThrow().availableDays()).containsExactly("MONDAY", "SATURDAY");

    clickAndWait(By.id("pause"));
    assertThat(browser.findElement(By.id("status")).getText()).startsWith("Taking a break");
    assertThat(volunteers.details(id).orElseThrow().status()).isEqualTo(VolunteerStatus.PAUSED);
    clickAndWait(By.id("resume"));
    assertThat(browser.findElement(By.id("changed")).getText()).contains("Welcome back");
    assertThat(volunteers.details(id).orElseThrow().status()).isEqualTo(VolunteerStatus.ACTIVE);

    clickAndWait(By.id("stop"));
    assertThat(text()).contains("To keep residents safe we must keep a record that volunteer V-");
    clickAndWait(By.id("leave")); // no answer to "Should we erase your details?"
    assertThat(browser.findElement(By.id("erase-error")).getText()).contains("Choose whether we should erase your details");
    assertAccessible(browser, "stop volunteering page with a problem");
    screenshot("leave");
    assertThat(volunteers.details(id).orElseThrow().status()).isEqualTo(VolunteerStatus.ACTIVE);
    browser.findElement(By.cssSelector("label[for='erase']")).click();
    clickAndWait(By.id("leave"));
    assertThat(browser.findElement(By.id("erased")).getText()).contains("We have erased your details");
    assertAccessible(browser, "stopped volunteering page");

    Map<String, Object> row = jdbc.queryForMap("select first_name, email, phone, status from volunteer where id = ?", id);
    assertThat(row).containsEntry("first_name", "Erased").containsEntry("email", null).containsEntry("status", "LEFT");
    assertThat(volunteers.findByEmail(email)).isEmpty();

    open("/volunteer/account"); // signed out
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to your volunteer page");
    open(path); // and the link worked once
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link has already been used");
    assertAccessible(browser, "sign-in link used already");
  }

  private int messagesTo(long volunteerId) {
    return jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Integer.class,
        "volunteer:" + volunteerId);
  }

  private static String linkPath(String personalisation) throws Exception {
    String link = new ObjectMapper().readTree(personalisation).path("link").asText();
    return link.substring(link.indexOf("/volunteer/sign-in/link/"));
  }
}
