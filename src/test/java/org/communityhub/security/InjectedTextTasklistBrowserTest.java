package org.communityhub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;

import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.Need;
import org.communityhub.support.HeadlessChrome;
import org.communityhub.support.HubIntegrationTest;
import org.communityhub.support.Jobs;
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
 * A partner's free-text notes carrying script reach the eligibility officer's 'Review eligibility'
 * form in Tasklist (Camunda Forms, form-js) as text: in Chromium the markup shows as typed and
 * none of it runs.
 */
@HubIntegrationTest
class InjectedTextTasklistBrowserTest {

  static final String SCRIPT_NOTES = "<img src=x onerror=\"window.pwned='img'\"><script>window.pwned='script'</script>"
      + "[link](javascript:window.pwned='md') {{ window.pwned }}";

  @LocalServerPort int port;
  @Autowired IntakeService intake;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  private ChromeDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void injectedNotesShowAsTextInTheReviewFormAndNeverRun() {
    String reference = intake.submit(aRequest().needs(Need.OTHER).notes(SCRIPT_NOTES).build()).reference();
    Jobs.awaitDueJobs(management);
    Task review = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_ReviewEligibility")
        .singleResult();
    assertThat(review).as("review task of " + reference).isNotNull();

    browser = HeadlessChrome.start();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]"))).sendKeys("officer");
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Start process')]")));
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + review.getId());

    wait.until(d -> d.findElements(By.cssSelector("textarea")).stream()
        .anyMatch(area -> SCRIPT_NOTES.equals(area.getDomProperty("value"))));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"))
        .as("no injected script ran in Tasklist").isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("img[src='x']"))).as("injected elements in the page").isEmpty();
  }
}
