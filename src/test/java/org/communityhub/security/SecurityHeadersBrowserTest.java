package org.communityhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.communityhub.support.HeadlessChrome;
import org.communityhub.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hub's pages still work under its Content-Security-Policy in a real browser: the staff desk runs
 * its scripts and styles, and Swagger UI renders the partner API, with nothing refused by the policy.
 */
@HubIntegrationTest
class SecurityHeadersBrowserTest {

  /** Runs before any page script (devtools scripts are not subject to the page's policy). */
  private static final String RECORD_VIOLATIONS = "window.cspViolations = [];"
      + "document.addEventListener('securitypolicyviolation',"
      + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

  @LocalServerPort int port;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChrome.start();
    browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theStaffDeskRunsItsScriptsAndStylesUnderThePolicy() {
    browser.get("http://localhost:" + port + "/login");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("callhandler");
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.urlContains("/staff"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body.js-enabled")));

    assertThat(browser.findElement(By.tagName("body")).getDomAttribute("class")).contains("govuk-frontend-supported");
    // govuk-frontend's styles (the page's width) and the desk's own (its typeface) both applied.
    assertThat(browser.findElement(By.cssSelector(".govuk-header__container")).getCssValue("max-width")).isEqualTo("960px");
    assertThat(browser.findElement(By.tagName("body")).getCssValue("font-family")).startsWith("arial");
    assertThat(violations()).isEmpty();
  }

  @Test
  void swaggerUiRendersThePartnerApiUnderThePolicy() {
    browser.get("http://localhost:" + port + "/swagger-ui.html");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));

    assertThat(browser.findElement(By.cssSelector(".swagger-ui .info .title")).getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector(".swagger-ui .opblock"))).isNotEmpty();
    assertThat(violations()).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private List<String> violations() {
    return (List<String>) browser.executeScript("return window.cspViolations;");
  }
}
