package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;
import static org.communityhub.support.Accessibility.assertAccessible;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.camunda.bpm.engine.RepositoryService;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.intake.Urgency;
import org.communityhub.support.HeadlessChrome;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner on the desk: uploads a changed eligibility rule, reads what it would have
 * decided for past requests, throws one version away and deploys another — in headless Chromium,
 * each page checked with axe-core at desktop width and 320 px.
 */
@HubIntegrationTest
class RulePreviewPageBrowserTest {

  /** Set -Ddesk.screenshots=docs/screenshots to save the README's screenshots. */
  private static final String SCREENSHOTS = System.getProperty("desk.screenshots");

  @LocalServerPort int port;
  @Autowired IntakeService intake;
  @Autowired RepositoryService repository;
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
      Path shot = Path.of("target", "browser", test.getDisplayName() + ".png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
      browser.quit();
    }
  }

  @Test
  void processOwnerPreviewsAChangedRuleThrowsItAwayThenDeploysIt() throws IOException {
    String inTheirSixties = intake.submit(aRequest().dateOfBirth(LocalDate.now().minusYears(66))
        .needs(Need.FOOD).urgency(Urgency.URGENT).build()).reference();
    int live = latestVersion();
    Path underSixty = changedRule("&lt; 60");
    Path broken = changedRule("&lt; 60 and (");
    try {
      open("/staff/rules/eligibility");
      signIn("processowner", "demo");
      wait.until(ExpectedConditions.urlContains("/staff"));
      open("/staff/rules/eligibility");
      assertThat(text()).contains("Try a changed rule", "Eligibility for help");
      assertAccessible(browser, "rule preview form");

      // No file: the error is in the summary and beside the field.
      clickAndWait(By.id("preview"));
      assertThat(text()).contains("There is a problem", "Choose the changed decision file");
      assertAccessible(browser, "rule preview form with an error");

      // A file with a broken expression: what to change, by rule, before anything can be previewed.
      upload(broken);
      assertThat(text()).contains("This version cannot be used", "Rule_11", "is not a valid FEEL expression");
      screenshot("rules-refused");

      upload(underSixty);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "What the changed rule would decide"));
      assertThat(text()).contains("Would be decided differently", "Officer review, P3", "Volunteer help, P1",
          "Rule_11 → Rule_12");
      assertThat(browser.findElement(By.id("changed-requests")).getText()).contains(inTheirSixties, "50 to 69", "food");
      assertAccessible(browser, "rule preview results");
      screenshot("rules-preview");

      clickAndWait(By.id("discard"));
      assertThat(text()).contains("thrown away", "The live version is unchanged");
      assertThat(latestVersion()).isEqualTo(live);

      upload(underSixty);
      clickAndWait(By.id("deploy"));
      assertThat(text()).contains("The new version of Eligibility for help is live");
      assertThat(latestVersion()).isEqualTo(live + 1);
    } finally {
      restoreTheShippedRule();
    }
  }

  @Test
  void onlyProcessOwnersReachThePage() {
    open("/staff/rules/eligibility");
    signIn("callhandler", "demo");
    wait.until(ExpectedConditions.urlContains("/staff"));
    open("/staff/rules/eligibility");
    assertThat(text()).doesNotContain("Try a changed rule");
  }

  private void upload(Path file) {
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
    input.sendKeys(file.toAbsolutePath().toString());
    clickAndWait(By.id("preview"));
  }

  /** Clicks, then waits until the next page has replaced this one. */
  private void clickAndWait(By button) {
    WebElement page = browser.findElement(By.tagName("html"));
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    wait.until(ExpectedConditions.stalenessOf(page));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
  }

  private static Path changedRule(String ageTest) throws IOException {
    String shipped = shipped();
    Path file = Files.createTempDirectory("rule").resolve("eligibility.dmn");
    Files.writeString(file, shipped.replace("<inputEntry id=\"Rule_11_In2\"><text>&lt; 70</text>",
        "<inputEntry id=\"Rule_11_In2\"><text>" + ageTest + "</text>"));
    return file;
  }

  private static String shipped() throws IOException {
    try (InputStream in = RulePreviewPageBrowserTest.class.getResourceAsStream("/processes/eligibility.dmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void restoreTheShippedRule() throws IOException {
    repository.createDeployment().name("restore the shipped rule").enableDuplicateFiltering(true)
        .addString("processes/eligibility.dmn", shipped()).deploy();
  }

  private int latestVersion() {
    return repository.createDecisionDefinitionQuery().decisionDefinitionKey("eligibility").latestVersion()
        .singleResult().getVersion();
  }

  private void signIn(String user, String password) {
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    name.clear();
    name.sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("sign-in")).click();
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private void screenshot(String name) throws IOException {
    if (SCREENSHOTS != null) {
      Path file = Path.of(SCREENSHOTS, "desk-" + name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
  }
}
