package org.communityhub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.support.Accessibility.assertAccessible;
import static org.communityhub.dispatch.VolunteerBuilder.livingIn;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.communityhub.intake.Need;
import org.communityhub.support.HeadlessChrome;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A volunteer in headless Chromium opens the link from their offer message, accepts, sees where
 * to go, and reports that it is done; the resident's request closes.
 */
@HubIntegrationTest
class VolunteerPageBrowserTest {

  @LocalServerPort int port;
  @Autowired DispatchFixture fixture;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChrome.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser(TestInfo test) throws IOException {
    if (browser != null) {
      // What the browser showed last, for whoever reads a failure: target/browser/<test>.png
      Path shot = Path.of("target", "browser", test.getDisplayName() + ".png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
      browser.quit();
    }
  }

  @Test
  void volunteerAcceptsFromTheLinkAndReportsTheVisitDone() {
    TestArea area = fixture.newArea();
    long volunteer = fixture.volunteer(livingIn(area.home()));
    String lastName = "Browser" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
    String reference = fixture.request(aRequest().postcode(area.postcode()).needs(Need.FOOD)
        .name("Edna", lastName).address("3 Corporation Street", area.postcode()));
    fixture.awaitOfferedVolunteer(reference);

    browser.get("http://localhost:" + port + fixture.offerLinkPath(volunteer));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Can you help?"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Shopping", "Test district " + area.home())
        .doesNotContain("Edna", "Corporation Street");
    assertAccessible(browser, "volunteer's offer page");

    browser.findElement(By.id("accept")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "You accepted"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Edna", "3 Corporation Street")
        .doesNotContain(lastName);
    assertAccessible(browser, "volunteer's accepted page");

    browser.findElement(By.id("report")).click(); // no answer chosen: the problem beside the question
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome-error"), "Choose what happened"));
    assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("Choose what happened");
    assertAccessible(browser, "volunteer's accepted page with a problem");

    browser.findElement(By.cssSelector("label[for='outcome']")).click();
    browser.findElement(By.id("notes")).sendKeys("Shopping put away, resident well");
    browser.findElement(By.id("report")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Thank you"));
    assertAccessible(browser, "volunteer's thank-you page");

    assertThat(fixture.requestStatus(reference)).isEqualTo("CLOSED");
    assertThat(fixture.jdbc.queryForObject("select outcome_notes from volunteer_assignment where volunteer_id = ?",
        String.class, volunteer)).isEqualTo("Shopping put away, resident well");
  }
}
