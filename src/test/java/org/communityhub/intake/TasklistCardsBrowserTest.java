package org.communityhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.communityhub.support.HeadlessChrome;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda Tasklist in headless Chromium, as staff see it (issue #12): an officer's task list says
 * which request each 'Review eligibility' is about, and a call handler's refused start form says
 * which field to correct, in words. Tasklist is Camunda's page, so it is not checked with axe-core
 * here (the desk's pages are: desk/StaffDeskBrowserTest).
 */
@HubIntegrationTest
class TasklistCardsBrowserTest {

  /** Set -Ddesk.screenshots=docs/screenshots to save the README's screenshots. */
  private static final String SCREENSHOTS = System.getProperty("desk.screenshots");

  @LocalServerPort int port;
  @Autowired IntakeService intake;
  @Autowired TaskService tasks;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChrome.start();
    // Tasklist loads a lot of script on first use: generous on a busy machine
    wait = new WebDriverWait(browser, Duration.ofSeconds(90));
  }

  @AfterEach
  void closeBrowser(TestInfo test) throws IOException {
    if (browser != null) {
      screenshot(Path.of("target", "browser", test.getDisplayName() + ".png"));
      browser.quit();
    }
  }

  @Test
  void theOfficersTaskListSaysWhichRequestEachReviewIsAbout() throws IOException {
    String first = intake.submit(aRequest().youngAndNotVulnerable().needs(Need.FOOD).postcode("WA10 1AA")
        .urgency(Urgency.URGENT).build()).reference();
    String second = intake.submit(aRequest().youngAndNotVulnerable().needs(Need.FOOD).postcode("WA9 1AA")
        // urgent too: Tasklist's first page lists the highest priorities, and the suite leaves many reviews open
        .urgency(Urgency.URGENT).build()).reference();

    signInToTasklist("officer", "demo");

    // The team's list shows the oldest tasks first, a page at a time, and the suite leaves many reviews
    // open before this test: open each of ours as an officer would from the list, by its link.
    openTask(first);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        "Review eligibility: " + first + " (St Helens town centre (WA10), asked for same day)"));
    openTask(second);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        "Review eligibility: " + second));
    String cards = browser.findElement(By.tagName("body")).getText();
    assertThat(cards).contains("Reference").contains(second).contains("District");
    if (SCREENSHOTS != null) {
      screenshot(Path.of(SCREENSHOTS, "tasklist-cards.png"));
    }
  }

  @Test
  void aRefusedStartFormNamesTheFieldToCorrectInWords() {
    signInToTasklist("callhandler", "demo");
    browser.findElement(By.xpath("//a[contains(., 'Start process')]")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Helpline intake')]"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(field("Field_FirstName")));

    type("Field_FirstName", "Winifred");
    type("Field_LastName", "Plain" + System.nanoTime());
    type("Field_DateOfBirth", "02/03/1941");
    type("Field_AddressLine1", "14 Claughton Street");
    type("Field_Town", "St Helens");
    type("Field_Postcode", "W1A");
    type("Field_Phone", "01744 456789");
    tick("Field_NeedFood");
    tick("Field_Urgency-0");
    tick("Field_SupportNetworkAvailable-1");
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();",
        browser.findElement(By.cssSelector("button[ng-click='startProcessInstance()']")));

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        "Postcode: is not a UK postcode, for example WA10 1AA"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .doesNotContain("Cannot instantiate").doesNotContain("must match pattern");
  }

  private void openTask(String reference) {
    String id = tasks.createTaskQuery().taskNameLike("%" + reference + "%").singleResult().getId();
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + id);
  }

  private void signInToTasklist(String user, String password) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]"))).sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Start process')]")));
  }

  private void type(String fieldId, String text) {
    WebElement input = browser.findElement(field(fieldId));
    input.clear();
    input.sendKeys(text);
    // form-js debounces text input; let it settle before the next click re-renders the form.
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void tick(String fieldId) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", browser.findElement(field(fieldId)));
  }

  private static By field(String componentId) {
    return By.cssSelector("[id$='-" + componentId + "']");
  }

  private void screenshot(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
