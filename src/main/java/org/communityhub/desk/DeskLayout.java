package org.communityhub.desk;

import org.communityhub.platform.CouncilSettings;
import org.communityhub.platform.GovukFrontend;
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

  private final String councilName;

  DeskLayout(CouncilSettings council) {
    this.councilName = council.name();
  }

  public String councilName() {
    return councilName;
  }

  public String govukFrontend() {
    return GovukFrontend.PATH;
  }
}
