package org.communityhub.offerhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.support.Accessibility.assertAccessible;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityhub.organisations.OrganisationService;
import org.communityhub.organisations.OrganisationStatus;
import org.communityhub.support.DeskBrowserTest;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.volunteers.TimeOfDay;
import org.communityhub.volunteers.VolunteerService;
import org.communityhub.volunteers.VolunteerStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People and businesses offer help on the public pages in headless Chromium: a person confirms
 * their email before they are a volunteer and a coordinator sees them at 'Verify identity'; a
 * business waits for a coordinator's approval on the desk. Every page: axe-core WCAG 2.2 AA at
 * desktop width and at 320 px, nothing wider than the screen.
 */
@HubIntegrationTest
class OfferHelpBrowserTest extends DeskBrowserTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired VolunteerService volunteers;
  @Autowired OrganisationService organisations;
  @Autowired TaskService taskService;

  OfferHelpBrowserTest() {
    super("offer-help-");
  }

  @Test
  void aPersonOffersHelpConfirmsTheirEmailAndACoordinatorSeesThemAtVerifyIdentity() throws Exception {
    String run = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
    String lastName = "Offerer" + run;
    String email = "priya." + run + "@example.org";

    open("/offer-help");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Offer help in your community");
    assertAccessible(browser, "offer help start page");

    clickAndWait(By.id("offer-as-person"));
    assertThat(browser.findElements(By.tagName("script"))).as("works without JavaScript: the page has none").isEmpty();
    assertAccessible(browser, "person's offer form");
    clickAndWait(By.id("send-offer")); // nothing filled in: every problem at the top and beside its field
    assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
        .contains("Enter your first name", "Enter your email address", "Choose the district you live in",
            "Choose at least one way you can help", "Choose at least one day you are free",
            "Choose at least one time of day you are free", "Choose whether you hold a DBS check");
    assertThat(browser.findElement(By.id("timesOfDay-error")).getText()).contains("Choose at least one time of day");
    assertThat(browser.getTitle()).startsWith("Error: ");
    assertThat(text()).doesNotContain("SHOPPING", "MONDAY", "volunteer's");
    assertAccessible(browser, "person's offer form with problems");
    screenshot("person-problems");

    browser.findElement(By.id("firstName")).sendKeys("Priya");
    browser.findElement(By.id("lastName")).sendKeys(lastName);
    browser.findElement(By.id("email")).sendKeys(email);
    new Select(browser.findElement(By.id("homeDistrict"))).selectByValue("WA10");
    browser.findElement(By.cssSelector("label[for='skills']")).click(); // Shopping
    browser.findElement(By.cssSelector("label[for='availableDays']")).click(); // Monday
    browser.findElement(By.cssSelector("label[for='availableDays-6']")).click(); // Saturday
    browser.findElement(By.cssSelector("label[for='timesOfDay']")).click(); // Morning
    browser.findElement(By.cssSelector("label[for='timesOfDay-2']")).click(); // Afternoon
    browser.findElement(By.cssSelector("label[for='dbs']")).click(); // No
    clickAndWait(By.id("send-offer"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check your email");
    assertAccessible(browser, "check your email page");
    screenshot("check-your-email");
    assertThat(volunteers.findByEmail(email)).as("no volunteer before the email is confirmed").isEmpty();

    String path = linkPath(jdbc.queryForObject("""
        select personalisation from notification_outbox where message_key like 'offer-help-confirm-%'
        order by id desc fetch first 1 rows only""", String.class), "/offer-help/confirm/");
    open(path);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Confirm your offer to volunteer");
    assertAccessible(browser, "confirm your offer page");
    assertThat(volunteers.findByEmail(email)).as("opening the link (a mail scanner) signs up nobody").isEmpty();
    clickAndWait(By.id("confirm"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for offering to help");
    assertAccessible(browser, "offer confirmed page");
    screenshot("confirmed");

    long id = volunteers.findByEmail(email).orElseThrow();
    assertThat(volunteers.details(id).orElseThrow().status()).isEqualTo(VolunteerStatus.APPLIED);
    assertThat(volunteers.timesOfDay(id)).containsExactlyInAnyOrder(TimeOfDay.MORNING, TimeOfDay.AFTERNOON);
    Task verify = taskService.createTaskQuery().processInstanceBusinessKey("volunteer-" + id)
        .taskDefinitionKey("Task_VerifyIdentity").singleResult();
    assertThat(verify).as("the coordinators' 'Verify identity' task").isNotNull();
    assertThat(verify.getName()).contains("Priya " + lastName);
    assertThat(taskService.getIdentityLinksForTask(verify.getId()))
        .anyMatch(link -> "volunteer-coordinators".equals(link.getGroupId()));
    assertThat(jdbc.queryForObject("select count(*) from offer_help_confirmation where volunteer_id = ?"
        + " and application is null", Integer.class, id)).as("the form's answers are not kept twice").isEqualTo(1);

    open(path); // the link again: nothing happens twice
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You have already confirmed your email");
    assertAccessible(browser, "confirmation link used already");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("volunteer-" + id).count()).isEqualTo(1);
  }

  @Test
  void aBusinessOffersHelpAndACoordinatorApprovesItOnTheDesk() throws Exception {
    String name = "Here2Help Vans " + Long.toString(System.nanoTime(), 36);

    open("/offer-help/organisation");
    assertThat(browser.findElements(By.tagName("script"))).as("works without JavaScript: the page has none").isEmpty();
    assertAccessible(browser, "organisation's offer form");
    browser.findElement(By.id("capacity")).sendKeys("lots");
    clickAndWait(By.id("send-offer"));
    assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
        .contains("Enter the name of your business or organisation");
    assertThat(browser.findElement(By.id("name-error")).isDisplayed()).isTrue();
    assertAccessible(browser, "organisation's offer form with a problem");

    browser.findElement(By.id("name")).sendKeys(name);
    browser.findElement(By.cssSelector("label[for='kind-2']")).click(); // a business
    browser.findElement(By.id("contactName")).sendKeys("Sam Patel");
    browser.findElement(By.id("contactPhone")).sendKeys("01632 960555");
    browser.findElement(By.cssSelector("label[for='offers']")).click(); // Shopping
    browser.findElement(By.cssSelector("label[for='offers-4']")).click(); // Driving
    browser.findElement(By.id("offerDescription")).sendKeys("Two vans on weekday mornings");
    browser.findElement(By.id("capacity")).clear();
    browser.findElement(By.id("capacity")).sendKeys("3");
    browser.findElement(By.xpath("//input[@name='districts' and @value='WA10']/following-sibling::label")).click();
    screenshot("organisation-form");
    clickAndWait(By.id("send-offer"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for offering to help");
    assertAccessible(browser, "organisation offer received page");

    long id = organisations.findByName(name).orElseThrow();
    assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.AWAITING_APPROVAL);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("organisation-" + id)
        .taskDefinitionKey("Task_ApproveOrganisation").taskCandidateGroup("volunteer-coordinators").count()).isEqualTo(1);

    open("/login");
    signIn("coordinator", "demo");
    open("/staff/organisations");
    assertThat(text()).contains(name, "Waiting for approval");
    open("/staff/organisations/" + id);
    assertThat(browser.findElement(By.id("awaiting-approval")).getText()).contains("waiting for approval");
    assertThat(text()).contains("Two vans on weekday mornings");
    assertAccessible(browser, "organisation waiting for approval on the desk");
    screenshot("desk-approval");
    clickAndWait(By.id("approve"));
    assertThat(text()).contains(name + " is approved");
    assertThat(organisations.find(id).orElseThrow().status()).isEqualTo(OrganisationStatus.APPROVED);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("organisation-" + id).count()).isZero();
  }

  @Test
  void anOfferWithAnEmailAlreadyOnTheRegisterAddsNoSecondVolunteer() throws Exception {
    String run = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
    String email = "twice." + run + "@example.org";
    long existing = volunteers.register(new org.communityhub.volunteers.NewVolunteer("Tom", "Twice" + run, email, null,
        "WA10", java.util.Set.of(), java.util.EnumSet.of(org.communityhub.volunteers.Skill.SHOPPING),
        java.util.EnumSet.of(java.time.DayOfWeek.MONDAY), VolunteerStatus.ACTIVE, true,
        org.communityhub.volunteers.DbsLevel.NONE, null));

    open("/offer-help/person");
    browser.findElement(By.id("firstName")).sendKeys("Tom");
    browser.findElement(By.id("lastName")).sendKeys("Other" + run);
    browser.findElement(By.id("email")).sendKeys(email);
    new Select(browser.findElement(By.id("homeDistrict"))).selectByValue("WA10");
    browser.findElement(By.cssSelector("label[for='skills']")).click();
    browser.findElement(By.cssSelector("label[for='availableDays']")).click();
    browser.findElement(By.cssSelector("label[for='timesOfDay']")).click();
    browser.findElement(By.cssSelector("label[for='dbs']")).click();
    clickAndWait(By.id("send-offer"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).as("the form does not say who is registered")
        .isEqualTo("Check your email");

    open(linkPath(jdbc.queryForObject("""
        select personalisation from notification_outbox where message_key like 'offer-help-confirm-%'
        order by id desc fetch first 1 rows only""", String.class), "/offer-help/confirm/"));
    clickAndWait(By.id("confirm"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You already volunteer with us");
    assertAccessible(browser, "already registered page");
    assertThat(volunteers.findByEmail(email)).contains(existing);
    assertThat(jdbc.queryForObject("select count(*) from volunteer where last_name = ?", Integer.class, "Other" + run))
        .isZero();
  }

  @Test
  void aFormWithTheHoneypotFilledInKeepsNothing() {
    String name = "Robot Deliveries " + Long.toString(System.nanoTime(), 36);
    open("/offer-help/organisation");
    browser.findElement(By.id("name")).sendKeys(name);
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "document.getElementById('website').value = 'http://spam.example'");
    clickAndWait(By.id("send-offer"));
    // platform/publicforms refuses it before the form is read (PublicFormProtection)
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your form could not be sent");
    assertThat(organisations.findByName(name)).isEmpty();
  }

  /** The path of the link in a message's personalisation (the test hub's base URL has no real port). */
  static String linkPath(String personalisation, String prefix) throws Exception {
    String link = new ObjectMapper().readTree(personalisation).path("link").asText();
    assertThat(link).contains(prefix);
    return link.substring(link.indexOf(prefix));
  }

}
