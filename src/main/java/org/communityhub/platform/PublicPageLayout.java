package org.communityhub.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What the public pages' layout (templates/fragments/public-layout.html) shows: the council's name and
 * where GOV.UK Frontend is served from. Slice tests of a public page import it.
 */
@EnableConfigurationProperties(CouncilSettings.class)
@Component("publicPageLayout")
public class PublicPageLayout {

  private final String councilName;

  PublicPageLayout(CouncilSettings council) {
    this.councilName = council.name();
  }

  public String councilName() {
    return councilName;
  }

  public String govukFrontend() {
    return GovukFrontend.PATH;
  }
}
