package org.communityhub.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.communityhub.platform.CouncilSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What the page layout shows on every page, error pages included: the council's name and where
 * the hub serves GOV.UK Frontend from (its WebJar). The templates call it as {@code @deskLayout}.
 */
// Enables its settings itself so that web-layer slice tests which import the layout get them too.
@EnableConfigurationProperties(CouncilSettings.class)
@Component("deskLayout")
public class DeskLayout {

  private static final String GOVUK_FRONTEND = "/webjars/govuk-frontend/" + govukFrontendVersion() + "/dist/govuk";
  private final String councilName;

  DeskLayout(CouncilSettings council) {
    this.councilName = council.name();
  }

  public String councilName() {
    return councilName;
  }

  public String govukFrontend() {
    return GOVUK_FRONTEND;
  }

  private static String govukFrontendVersion() {
    try (InputStream in = DeskLayout.class.getResourceAsStream(
        "/META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
