package org.communityhub.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's WCAG 2.2 AA checks on the page the browser shows (axe's script comes in the Deque
 * jar, injected by Selenium), and the same page at 320 CSS pixels wide: WCAG's reflow width.
 */
public final class Accessibility {

  private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private Accessibility() {}

  /** No axe violations at desktop width and at 320 px, and nothing wider than 320 px at 320 px. */
  public static void assertAccessible(ChromeDriver browser, String page) {
    assertNoViolations(browser, page + " (desktop)");
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    try {
      // The page reflows at once; no reload (which would post a form again).
      Object overflow = ((JavascriptExecutor) browser).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue()).as(page + ": wider than 320 px (scrolls sideways)").isLessThanOrEqualTo(0);
      assertNoViolations(browser, page + " (320 px)");
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private static void assertNoViolations(ChromeDriver browser, String page) {
    Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
    assertThat(results.isErrored()).as(page + ": axe ran").isFalse();
    assertThat(describe(results.getViolations())).as(page + ": axe-core WCAG 2.2 AA violations").isEmpty();
  }

  private static List<String> describe(List<Rule> violations) {
    return violations.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
        .toList();
  }
}
