package org.communityhub.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communityhub.intake.IntakeCommandBuilder.aRequest;
import static org.communityhub.support.Accessibility.assertAccessible;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.communityhub.intake.IntakeService;
import org.communityhub.support.HeadlessChrome;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff desk in headless Chromium against the whole hub: a call handler signs in once at
 * /login, records a request in Tasklist, finds it on the desk and reads its timeline; every desk
 * page passes axe-core's WCAG 2.2 AA checks at desktop width and at 320 px; opening a resident's
 * details is in the access log the data-protection officer reads; signing out ends Tasklist too.
 */
@HubIntegrationTest
class StaffDeskBrowserTest {

  /** Set -Ddesk.screenshots=docs/screenshots to save the README's screenshots. */
  private static final String SCREENSHOTS = System.getProperty("desk.screenshots");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IntakeService intake;
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
  void callHandlerSignsInOnceRecordsARequestInTasklistAndFindsItOnTheDesk() throws IOException {
    open("/staff");
    wait.until(ExpectedConditions.urlContains("/login"));
    assertAccessible(browser, "sign-in page");
    // An unknown user: a wrong password would make Camunda hold back callhandler's next sign-in for a few seconds.
    signIn("nobody", "wrong");
    assertThat(text()).contains("There is a problem", "The user name or password is not right");
    assertAccessible(browser, "sign-in page with an error");
    screenshot("sign-in-error");
    signIn("callhandler", "demo");
    wait.until(ExpectedConditions.urlMatches(".*/staff(\\?continue)?$"));
    assertThat(text()).contains("Find a request", "Have we helped before?", "Signed in as callhandler");
    assertAccessible(browser, "call handler's home page");
    screenshot("home-call-handler");

    // Signed in once: Tasklist opens without its own sign-in.
    String lastName = "Deskjourney" + System.nanoTime();
    recordARequestInTasklist(lastName);
    String reference = jdbc.queryForObject("select r.reference from help_request r join resident p"
        + " on p.id = r.resident_id where p.last_name = ?", String.class, lastName);
    long residentId = jdbc.queryForObject("select id from resident where last_name = ?", Long.class, lastName);

    open("/staff");
    WebElement find = browser.findElement(By.id("reference"));
    find.sendKeys(" " + reference.toLowerCase().replace("-", " ") + " ");
    browser.findElement(By.id("find-request")).click();
    wait.until(ExpectedConditions.urlContains("/staff/requests/" + reference));
    assertThat(browser.findElement(By.id("resident-details")).getText()).contains("Margaret " + lastName,
        "11 July 1938", "01744123987", "WA10 1SN");
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains("Request received by phone", "Eligibility decided: a volunteer helps");
    assertThat(browser.findElement(By.id("request-details")).getText()).contains("Food", "Prescriptions", "Today");
    assertAccessible(browser, "request page");
    screenshot("request");

    browser.findElement(By.id("resident-link")).click();
    wait.until(ExpectedConditions.urlContains("/staff/residents/" + residentId));
    assertThat(browser.findElement(By.id("requests")).getText()).contains(reference);
    assertAccessible(browser, "resident page");
    screenshot("resident");

    open("/staff/residents");
    assertAccessible(browser, "find a resident");
    clickAndWait(By.id("search-residents"));
    assertThat(text()).contains("There is a problem", "Enter at least one of");
    assertAccessible(browser, "find a resident with an error");
    browser.findElement(By.id("name")).sendKeys("MARGARET  " + lastName.toLowerCase());
    browser.findElement(By.id("phone")).sendKeys("+44 1744 123 987");
    browser.findElement(By.id("search-residents")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
    assertThat(browser.findElement(By.id("results")).getText()).contains("1 resident found", "Margaret " + lastName);
    assertAccessible(browser, "search results");
    screenshot("search-results");

    // A call handler is not shown the access log, whether or not the resident exists.
    open("/staff/access-log?resident=" + residentId);
    assertThat(text()).contains("You cannot see this page").doesNotContain(lastName);
    assertAccessible(browser, "page refused to this role");

    List<Map<String, Object>> views = jdbc.queryForList(
        "select staff_user, page, request_reference from resident_access where resident_id = ? order by id", residentId);
    assertThat(views).extracting(view -> view.get("staff_user")).containsOnly("callhandler");
    assertThat(views).extracting(view -> view.get("page")).containsSubsequence("REQUEST", "RESIDENT", "SEARCH_RESULTS");
    // (the home page's "Requests you recorded today" is a view of its own, without one reference)
    assertThat(views.stream().filter(view -> "REQUEST".equals(view.get("page"))).findFirst().orElseThrow())
        .containsEntry("request_reference", reference);

    // Signing out of the desk signs out of Tasklist too.
    open("/staff");
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.urlContains("/login?signedOut"));
    assertThat(text()).contains("You have signed out of the staff desk and Tasklist");
    open("/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
    assertThat(browser.findElements(By.xpath("//a[contains(., 'Start process')]"))).isEmpty();
  }

  @Test
  void signingInToTasklistSignsInToTheDeskAndTheOfficerReadsTheAccessLog() throws IOException {
    String reference = intake.submit(aRequest().name("Ada", "Accesslog" + System.nanoTime()).build()).reference();
    long residentId = jdbc.queryForObject("select resident_id from help_request where reference = ?", Long.class,
        reference);
    callHandlerOpensResidentPage(residentId);

    // Tasklist's own sign-in page, then the desk without signing in again.
    open("/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]"))).sendKeys("dpo");
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters, [cam-tasklist-filters]")));

    open("/staff");
    assertThat(browser.getCurrentUrl()).endsWith("/staff");
    assertThat(text()).contains("Signed in as dpo", "Access log").doesNotContain("Find a request");
    assertAccessible(browser, "data-protection officer's home page");

    open("/staff/access-log");
    assertAccessible(browser, "access log");
    browser.findElement(By.id("resident")).sendKeys("not a number");
    clickAndWait(By.id("by-resident"));
    assertThat(text()).contains("There is a problem", "Enter the resident's record number");
    assertAccessible(browser, "access log with an error");

    open("/staff/access-log?resident=" + residentId);
    assertThat(browser.findElement(By.id("entries")).getText()).contains("callhandler", "Resident page");
    assertAccessible(browser, "access log for a resident");
    screenshot("access-log");
    open("/staff/access-log?staff=callhandler");
    assertThat(browser.findElement(By.id("entries")).getText()).contains(String.valueOf(residentId));
    assertAccessible(browser, "access log for a staff member");

    // The data-protection officer does not see residents' details on the desk.
    open("/staff/residents/" + residentId);
    assertThat(text()).contains("You cannot see this page");

    // Tasklist's "Log out" (its sign-out call, with Camunda's CSRF token) ends the desk session too.
    open("/camunda/app/tasklist/default/");
    wait.until(d -> browser.manage().getCookieNamed("XSRF-TOKEN") != null);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Object signedOut = browser.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).split('=')[1];
        fetch('/camunda/api/admin/auth/user/default/logout', {method: 'POST', headers: {'X-XSRF-TOKEN': token}})
          .then(r => done(r.status));""");
    assertThat(((Number) signedOut).intValue()).isLessThan(300);
    open("/staff");
    wait.until(ExpectedConditions.urlContains("/login"));
    assertThat(text()).contains("Sign in").doesNotContain("Signed in as dpo");
  }

  /** A call handler opens a resident's page on the desk, then signs out. */
  private void callHandlerOpensResidentPage(long residentId) {
    open("/login");
    signIn("callhandler", "demo");
    wait.until(ExpectedConditions.urlMatches(".*/staff(\\?continue)?$"));
    open("/staff/residents/" + residentId);
    open("/staff");
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.urlContains("/login?signedOut"));
  }

  /** Someone no other test records, so the duplicate rules never attach another test's request to them. */
  private void recordARequestInTasklist(String lastName) {
    open("/camunda/app/tasklist/default/");
    WebElement startProcess = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//a[contains(., 'Start process')]")));
    // Camunda CE always renders its "migrate to Camunda 8" banner; the hub's user-styles.css hides it.
    List<WebElement> banners = browser.findElements(By.cssSelector(".ce-eol-banner"));
    assertThat(banners).isNotEmpty().noneMatch(WebElement::isDisplayed);
    startProcess.click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Helpline intake')]"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(field("Field_FirstName")));
    type("Field_FirstName", "Margaret");
    type("Field_LastName", lastName);
    type("Field_DateOfBirth", "11/07/1938");
    type("Field_AddressLine1", "3 Duke Street");
    type("Field_Town", "St Helens");
    type("Field_Postcode", "wa10 1sn");
    type("Field_Phone", "01744 123987");
    tick("Field_NeedFood");
    tick("Field_NeedPrescriptions");
    tick("Field_Urgency-0");
    tick("Field_SupportNetworkAvailable-1");
    tick("Field_Shielding");
    tick("Field_ConsentVolunteerContact");
    WebElement start = browser.findElement(By.cssSelector("button[ng-click='startProcessInstance()']"));
    browser.executeScript("arguments[0].click();", start);
    wait.until(d -> jdbc.queryForObject("select count(*) from help_request r join resident p on p.id = r.resident_id"
        + " where p.last_name = ? and r.eligibility_outcome is not null", Long.class, lastName) == 1);
  }

  private void signIn(String user, String password) {
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    name.clear();
    name.sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    clickAndWait(By.id("sign-in"));
  }

  /** Clicks, then waits until the next page has replaced this one (reading the old one races the load). */
  private void clickAndWait(By button) {
    WebElement page = browser.findElement(By.tagName("html"));
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    wait.until(ExpectedConditions.stalenessOf(page));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private String text() {
    return browser.findElement(By.tagName("body")).getText();
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

  private void screenshot(String name) throws IOException {
    if (SCREENSHOTS != null) {
      Path file = Path.of(SCREENSHOTS, "desk-" + name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
  }
}
