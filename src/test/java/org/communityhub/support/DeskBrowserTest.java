package org.communityhub.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A staff desk journey in headless Chromium against the whole hub: one browser per test, its last
 * page saved under target/browser, and the steps every journey takes (open, sign in, click and
 * wait for the next page, read it, save a README screenshot with -Ddesk.screenshots=docs/screenshots).
 */
public abstract class DeskBrowserTest {

  /** Set -Ddesk.screenshots=docs/screenshots to save the README's screenshots. */
  private static final String SCREENSHOTS = System.getProperty("desk.screenshots");

  @LocalServerPort protected int port;
  protected ChromeDriver browser;
  protected WebDriverWait wait;
  private final String screenshotPrefix;

  /** @param screenshotPrefix the README screenshots' file name prefix, e.g. "desk-casework-" */
  protected DeskBrowserTest(String screenshotPrefix) {
    this.screenshotPrefix = screenshotPrefix;
  }

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

  protected void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  /** Signs in on the hub's /login page, which must be open. */
  protected void signIn(String user, String password) {
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    name.clear();
    name.sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    clickAndWait(By.id("sign-in"));
  }

  /** Clicks, then waits until the next page has replaced this one (reading the old one races the load). */
  protected void clickAndWait(By button) {
    WebElement page = browser.findElement(By.tagName("html"));
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    wait.until(ExpectedConditions.stalenessOf(page));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
  }

  protected String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

  protected void screenshot(String name) throws IOException {
    if (SCREENSHOTS != null) {
      Path file = Path.of(SCREENSHOTS, screenshotPrefix + name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
  }
}
