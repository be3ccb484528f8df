package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.support.Accessibility.assertAccessible;

import java.io.IOException;
import org.communityhub.support.DeskBrowserTest;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A call handler's phone call on the desk, in headless Chromium against the whole hub: sign in,
 * record the request (first with the problems the form names), read out the reference and what
 * happens next, add a note, and find the request under "Requests you recorded today". Every page
 * passes axe-core's WCAG 2.2 AA checks at desktop width and at 320 px.
 */
@HubIntegrationTest
class CaseworkBrowserTest extends DeskBrowserTest {

  CaseworkBrowserTest() {
    super("desk-casework-");
  }

  @Test
  void callHandlerRecordsARequestOnTheDeskReadsOutWhatHappensNextAndAddsANote() throws IOException {
    open("/login");
    signIn("callhandler", "demo");
    clickAndWait(By.id("record-request-link"));
    assertThat(browser.getCurrentUrl()).endsWith("/staff/requests/new");
    assertAccessible(browser, "record a request");

    clickAndWait(By.id("record-request"));
    assertThat(text()).contains("There is a problem", "Enter the resident's first name", "Enter the postcode",
        "Give a phone number or an email address", "Choose at least one thing the resident needs help with",
        "Choose how urgent the request is");
    assertAccessible(browser, "record a request with problems");
    screenshot("record-problems");

    String lastName = "Casework" + System.nanoTime();
    type("firstName", "Winifred");
    type("lastName", lastName);
    type("dateOfBirth", "2");
    type("dobMonth", "3");
    type("dobYear", "1941");
    type("addressLine1", "14 Claughton Street");
    type("town", "St Helens");
    type("postcode", "wa10 1sn");
    // a number no other test gives, or duplicate detection would attach this request to their resident
    type("phone", "01744 " + String.format("%06d", Math.floorMod(System.nanoTime(), 1_000_000)));
    browser.findElement(By.cssSelector("label[for='needs']")).click();
    browser.findElement(By.cssSelector("label[for='needs-PRESCRIPTIONS']")).click();
    browser.findElement(By.cssSelector("label[for='urgency']")).click();
    browser.findElement(By.cssSelector("label[for='supportNetworkAvailable-no']")).click();
    browser.findElement(By.cssSelector("label[for='shielding']")).click();
    clickAndWait(By.id("record-request"));

    wait.until(ExpectedConditions.urlMatches(".*/staff/requests/HR-\\d{4}-\\d{6}$"));
    String reference = browser.findElement(By.id("recorded-reference")).getText();
    assertThat(browser.getCurrentUrl()).endsWith("/staff/requests/" + reference);
    assertThat(browser.findElement(By.id("recorded-panel")).getText()).contains("Request recorded", reference);
    assertThat(browser.findElement(By.id("next-step")).getText())
        .contains("What happens next: Waiting for a volunteer, priority 1: today");
    assertThat(browser.findElement(By.id("resident-details")).getText()).contains("Winifred " + lastName);
    assertAccessible(browser, "request just recorded");
    screenshot("recorded");

    type("noteText", "Daughter visits on Sundays; ring the bell twice");
    clickAndWait(By.id("add-note"));
    assertThat(browser.findElement(By.id("done-banner")).getText()).contains("Note added");
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains("Note added by callhandler", "Daughter visits on Sundays; ring the bell twice");
    assertThat(browser.findElement(By.id("next-step")).getText()).contains("Waiting for a volunteer");
    assertThat(browser.findElements(By.id("recorded-panel"))).as("the panel is shown once, after recording").isEmpty();
    assertAccessible(browser, "request with a note added");
    screenshot("note-added");

    open("/staff");
    assertThat(browser.findElement(By.id("recorded-today")).getText())
        .contains(reference, "Winifred " + lastName, "Waiting for a volunteer, priority 1: today");
    assertAccessible(browser, "call handler's home page with today's requests");
    screenshot("home");
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
