package org.communityhub.askforhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.support.Accessibility.assertAccessible;

import java.io.IOException;
import org.communityhub.support.DeskBrowserTest;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Residents ask for help online in headless Chromium: for themselves, from outside the council's area,
 * and for a neighbour. Every page passes axe-core's WCAG 2.2 AA checks at desktop width and at 320 px,
 * and the pages load no script, so they work without JavaScript.
 * Run with -Ddesk.screenshots=docs/screenshots for the README's pictures.
 */
@HubIntegrationTest
class AskForHelpBrowserTest extends DeskBrowserTest {

  @Autowired JdbcTemplate jdbc;

  AskForHelpBrowserTest() {
    super("ask-for-help-");
  }

  @Test
  void aResidentAsksForHelpAndGetsAReference() throws IOException {
    String lastName = uniqueName();
    open("/ask-for-help");
    assertPublicPage("start page");
    screenshot("start");
    clickAndWait(By.id("start"));

    assertPublicPage("who needs help");
    clickAndWait(By.id("continue")); // no answer: the problem in the summary and beside the question
    assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
        .contains("Choose whether you are asking for yourself or for someone else");
    assertThat(browser.findElement(By.id("asking-error")).getText()).contains("Choose whether you are asking");
    assertPublicPage("who needs help, with a problem");
    browser.findElement(By.cssSelector("label[for='asking']")).click();
    clickAndWait(By.id("continue"));

    nameAndDateOfBirth("Olive", lastName);
    address("12 Duke Street", "WA10 1AA");
    contact("", "olive." + lastName.toLowerCase() + "@example.org");
    help();
    assertPublicPage("consent");
    browser.findElement(By.cssSelector("label[for='consentVolunteerContact']")).click();
    clickAndWait(By.id("continue"));

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check your answers before sending the request");
    assertThat(text()).contains("Olive " + lastName, "3 April 1938", "12 Duke Street", "Food and shopping");
    assertPublicPage("check your answers");
    screenshot("check");
    clickAndWait(By.id("send"));

    assertThat(browser.findElement(By.className("govuk-panel__title")).getText()).isEqualTo("Request sent");
    String reference = browser.findElement(By.id("reference")).getText();
    assertThat(reference).startsWith("HR-");
    assertThat(browser.findElement(By.id("next")).getText()).contains("We are finding a volunteer");
    assertThat(text()).contains("We have sent a confirmation by email");
    assertPublicPage("confirmation");
    screenshot("confirmation");
    assertThat(jdbc.queryForObject("select channel from help_request where reference = ?", String.class, reference))
        .isEqualTo("ONLINE");
  }

  @Test
  void anOutOfAreaResidentIsToldWhichCouncilToContact() throws IOException {
    open("/ask-for-help/who");
    browser.findElement(By.cssSelector("label[for='asking']")).click();
    clickAndWait(By.id("continue"));
    nameAndDateOfBirth("Owen", uniqueName());
    address("4 Victoria Road", "WA8 7QZ");
    contact("07700 900" + (100 + (int) (System.nanoTime() % 800)), "");
    help();
    clickAndWait(By.id("continue")); // consent: neither ticked
    clickAndWait(By.id("send"));

    assertThat(browser.findElement(By.id("next")).getText()).contains("Contact Halton Borough Council instead");
    assertThat(browser.findElement(By.id("council-link")).getAttribute("href")).startsWith("https://www3.halton.gov.uk");
    assertThat(text()).contains("We have sent a confirmation by text message");
    assertPublicPage("confirmation, out of area");
    screenshot("out-of-area");
  }

  @Test
  void someoneAsksOnBehalfOfANeighbour() throws IOException {
    String lastName = uniqueName();
    open("/ask-for-help/who");
    browser.findElement(By.cssSelector("label[for='asking-someone-else']")).click();
    clickAndWait(By.id("continue"));

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("About you");
    browser.findElement(By.id("helperName")).sendKeys("Nia Neighbour");
    clickAndWait(By.id("continue")); // how they know them is missing
    assertThat(browser.findElement(By.id("helperRelationship-error")).getText()).contains("Enter how you know them");
    assertPublicPage("about you, with a problem");
    browser.findElement(By.id("helperRelationship")).sendKeys("neighbour");
    browser.findElement(By.id("helperEmail")).sendKeys("nia." + lastName.toLowerCase() + "@example.org");
    clickAndWait(By.id("continue"));

    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("The name and date of birth of the person who needs help");
    nameAndDateOfBirth("Walter", lastName);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("What is their address?");
    address("14 Duke Street", "WA10 1AB");
    contact("01744 " + (100000 + (int) (System.nanoTime() % 800000)), "");
    help();
    clickAndWait(By.id("continue"));

    assertThat(text()).contains("I am asking for someone else", "Nia Neighbour", "neighbour", "Walter " + lastName);
    assertPublicPage("check your answers, for someone else");
    screenshot("on-behalf");
    clickAndWait(By.id("send"));
    assertThat(browser.findElement(By.id("next")).getText()).contains("contact them");
    assertThat(text()).contains("We have sent a confirmation by email");
  }

  @Test
  void thePrivacyNoticeAndTheRefusalPagesAreAccessibleToo() {
    open("/privacy");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Privacy notice");
    assertPublicPage("privacy notice");

    // A form-filling robot fills in the hidden box (here by the test's own script: the page has none).
    open("/ask-for-help/who");
    browser.findElement(By.cssSelector("label[for='asking']")).click();
    browser.executeScript("document.getElementById('website').value = 'http://spam.example';");
    clickAndWait(By.id("continue"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your form could not be sent");
    assertPublicPage("refused: honeypot");
  }

  private void nameAndDateOfBirth(String first, String last) {
    assertPublicPage("name and date of birth");
    browser.findElement(By.id("firstName")).sendKeys(first);
    browser.findElement(By.id("lastName")).sendKeys(last);
    browser.findElement(By.id("dateOfBirth")).sendKeys("3");
    browser.findElement(By.id("dobMonth")).sendKeys("4");
    browser.findElement(By.id("dobYear")).sendKeys("1938");
    clickAndWait(By.id("continue"));
  }

  private void address(String line1, String postcode) {
    assertPublicPage("address");
    browser.findElement(By.id("addressLine1")).sendKeys(line1);
    browser.findElement(By.id("town")).sendKeys("St Helens");
    browser.findElement(By.id("postcode")).sendKeys(postcode);
    clickAndWait(By.id("continue"));
  }

  private void contact(String phone, String email) {
    assertPublicPage("contact");
    browser.findElement(By.id("phone")).sendKeys(phone);
    browser.findElement(By.id("email")).sendKeys(email);
    clickAndWait(By.id("continue"));
  }

  private void help() {
    assertPublicPage("help needed");
    browser.findElement(By.cssSelector("label[for='needs']")).click();
    browser.findElement(By.cssSelector("label[for='urgency-SOON']")).click();
    browser.findElement(By.cssSelector("label[for='supportNetworkAvailable-no']")).click();
    browser.findElement(By.cssSelector("label[for='shielding']")).click();
    clickAndWait(By.id("continue"));
  }

  /** axe at desktop and 320 px, and no script on the page: it works with JavaScript off. */
  private void assertPublicPage(String page) {
    assertThat(browser.findElements(By.tagName("script"))).as(page + " loads no script").isEmpty();
    assertAccessible(browser, page);
  }

  private static String uniqueName() {
    return "Web" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
  }
}
