package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.dispatch.VolunteerBuilder.livingIn;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.communityhub.intake.Need;
import org.communityhub.support.HeadlessChrome;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident's details carrying script (accepted as text: names and notes are free text) are
 * shown to the volunteer as text: in the HTML the hub serves the markup is escaped, and in
 * Chromium none of it runs.
 */
@HubIntegrationTest
class InjectedTextVolunteerPageBrowserTest {

  static final String SCRIPT_NAME = "<img src=x onerror=\"window.pwned='name'\">";
  static final String SCRIPT_ADDRESS = "<script>window.pwned='address'</script>1 High St";
  static final String SCRIPT_NOTES = "<svg onload=\"window.pwned='notes'\"></svg><b>bold</b>";

  @LocalServerPort int port;
  @Autowired DispatchFixture fixture;
  private ChromeDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void injectedNameAddressAndNotesAreShownAsTextAndNeverRun() throws Exception {
    TestArea area = fixture.newArea();
    long volunteer = fixture.volunteer(livingIn(area.home()));
    String reference = fixture.request(aRequest().postcode(area.postcode()).needs(Need.FOOD)
        .name(SCRIPT_NAME, "Injection" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q"))
        .address(SCRIPT_ADDRESS, area.postcode()).notes(SCRIPT_NOTES));
    fixture.awaitOfferedVolunteer(reference);
    String page = "http://localhost:" + port + fixture.offerLinkPath(volunteer);

    HttpClient http = HttpClient.newHttpClient();
    assertThat(http.send(HttpRequest.newBuilder(URI.create(page + "/accept")).POST(HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(303);
    String html = http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
    assertThat(html).contains("&lt;img src=x onerror=", "&lt;script&gt;window.pwned")
        .doesNotContain(SCRIPT_NAME, "<script>window", "<svg onload");

    browser = HeadlessChrome.start();
    browser.get(page);
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "You accepted"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains(SCRIPT_NAME, SCRIPT_ADDRESS);
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"))
        .as("no injected script ran").isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("main img, main script, main svg, main b"))).isEmpty();
  }
}
