package org.communityhub.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where the hub serves GOV.UK Frontend from: its WebJar, at the version on the classpath (no CDN). */
public final class GovukFrontend {

  /** The folder holding govuk-frontend.min.css, .min.js and assets/. */
  public static final String PATH = "/webjars/govuk-frontend/" + version() + "/dist/govuk";

  private GovukFrontend() {}

  private static String version() {
    Properties pom = new Properties();
    try (InputStream in = GovukFrontend.class.getResourceAsStream(
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
