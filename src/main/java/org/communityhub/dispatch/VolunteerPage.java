package org.communityhub.dispatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import org.springframework.web.util.HtmlUtils;

/**
 * The volunteer page's HTML: plain server-rendered markup with GOV.UK Design System classes and
 * govuk-frontend's stylesheet served by the hub from its WebJar. Works without JavaScript.
 */
final class VolunteerPage {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, h:mma", Locale.UK);
  static final String STYLESHEET = "/webjars/govuk-frontend/" + govukFrontendVersion() + "/dist/govuk/govuk-frontend.min.css";

  private VolunteerPage() {}

  static String window(Instant start, Instant end) {
    return "between " + WHEN.format(start.atZone(UK)).replace("AM", "am").replace("PM", "pm")
        + " and " + WHEN.format(end.atZone(UK)).replace("AM", "am").replace("PM", "pm");
  }

  static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text);
  }

  /** A whole page; body is already-escaped HTML. */
  static String page(String title, String body) {
    return """
        <!DOCTYPE html>
        <html lang="en" class="govuk-template">
        <head>
          <meta charset="utf-8">
          <title>%s – Community Hub volunteers</title>
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <meta name="robots" content="noindex, nofollow">
          <link rel="stylesheet" href="%s">
        </head>
        <body class="govuk-template__body">
          <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
          <header class="govuk-header" role="banner">
            <div class="govuk-header__container govuk-width-container">
              <span class="govuk-header__link govuk-header__service-name">Community Hub volunteers</span>
            </div>
          </header>
          <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content" role="main">
              <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
        %s
              </div></div>
            </main>
          </div>
        </body>
        </html>
        """.formatted(escape(title), STYLESHEET, body);
  }

  static String summaryList(String... keysAndValues) {
    StringBuilder rows = new StringBuilder("<dl class=\"govuk-summary-list\">\n");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      rows.append("  <div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">")
          .append(escape(keysAndValues[i])).append("</dt><dd class=\"govuk-summary-list__value\">")
          .append(escape(keysAndValues[i + 1])).append("</dd></div>\n");
    }
    return rows.append("</dl>\n").toString();
  }

  private static String govukFrontendVersion() {
    Properties pom = new Properties();
    try (InputStream in = VolunteerPage.class.getResourceAsStream(
        "/META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("govuk-frontend WebJar is missing from the classpath");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pom.getProperty("version");
  }
}
