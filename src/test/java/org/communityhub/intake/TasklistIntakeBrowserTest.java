package org.communityhub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.communityhub.support.HeadlessChrome;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A call handler in headless Chromium: signs in to Tasklist, starts 'Helpline intake', fills in
 * 'Record a request for help', is told what to correct, corrects it, and the request is recorded.
 */
@HubIntegrationTest
class TasklistIntakeBrowserTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChrome.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser(org.junit.jupiter.api.TestInfo test) throws java.io.IOException {
    if (browser != null) {
      // What the browser showed last, for whoever reads a failure: target/browser/<test>.png
      java.nio.file.Path shot = java.nio.file.Path.of("target", "browser", test.getDisplayName() + ".png");
      java.nio.file.Files.createDirectories(shot.getParent());
      java.nio.file.Files.write(shot, ((org.openqa.selenium.TakesScreenshot) browser)
          .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
      browser.quit();
    }
  }

  @Test
  void callHandlerRecordsARequestForHelpInTasklist() {
    String lastName = "Browser" + System.nanoTime();
    signInToTasklist("callhandler", "demo");
    openStartForm("Helpline intake");

    type("Field_FirstName", "Winifred");
    type("Field_LastName", lastName);
    type("Field_DateOfBirth", "02/03/1941");
    type("Field_AddressLine1", "14 Claughton Street");
    type("Field_Town", "St Helens");
    type("Field_Postcode", "wa10 1sn");
    tick("Field_NeedFood");
    tick("Field_NeedPrescriptions");
    tick("Field_Urgency-0");
    tick("Field_SupportNetworkAvailable-1");
    tick("Field_Shielding");
    tick("Field_ConsentVolunteerContact");

    // No phone and no email: the hub refuses and says which fields.
    clickStart();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        "give a phone number or an email address"));
    assertThat(requestsFor(lastName)).isZero();

    // a number no other test gives, or duplicate detection would attach this request to their resident
    type("Field_Phone", "01744 " + String.format("%06d", Math.floorMod(System.nanoTime(), 1_000_000)));
    clickStart();
    // Registered at once; the rules run in the next step, which the job executor takes up shortly after.
    new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> settledRequestsFor(lastName) == 1);

    Map<String, Object> request = jdbc.queryForMap("""
        select r.status, r.priority, r.channel, r.submitted_by, p.date_of_birth, p.postcode
        from help_request r join resident p on p.id = r.resident_id where p.last_name = ?""", lastName);
    assertThat(request).containsEntry("status", "AWAITING_VOLUNTEER").containsEntry("priority", "P1")
        .containsEntry("channel", "PHONE").containsEntry("submitted_by", "callhandler")
        .containsEntry("postcode", "WA10 1SN");
    assertThat(request.get("date_of_birth").toString()).isEqualTo(LocalDate.of(1941, 3, 2).toString());
  }

  private void signInToTasklist(String user, String password) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]"))).sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Start process')]")));
  }

  private void openStartForm(String processName) {
    browser.findElement(By.xpath("//a[contains(., 'Start process')]")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., '" + processName + "')]"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(field("Field_FirstName")));
  }

  private void type(String fieldId, String text) {
    WebElement input = browser.findElement(field(fieldId));
    input.clear();
    input.sendKeys(text);
    // form-js debounces text input; let it settle before the next click re-renders the form.
    pause(Duration.ofMillis(500));
  }

  private void tick(String fieldId) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", browser.findElement(field(fieldId)));
  }

  private void clickStart() {
    WebElement start = browser.findElement(By.cssSelector("button[ng-click='startProcessInstance()']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", start);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static By field(String componentId) {
    return By.cssSelector("[id$='-" + componentId + "']");
  }

  private long settledRequestsFor(String lastName) {
    return jdbc.queryForObject("select count(*) from help_request r join resident p on p.id = r.resident_id"
        + " where p.last_name = ? and r.status <> 'RECEIVED'", Long.class, lastName);
  }

  private long requestsFor(String lastName) {
    return jdbc.queryForObject("select count(*) from help_request r join resident p on p.id = r.resident_id"
        + " where p.last_name = ?", Long.class, lastName);
  }
}
