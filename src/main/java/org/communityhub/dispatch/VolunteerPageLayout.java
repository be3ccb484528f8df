package org.communityhub.dispatch;

import org.communityhub.platform.CouncilSettings;
import org.communityhub.platform.GovukFrontend;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** What the volunteer pages' layout shows: the council's name and where GOV.UK Frontend is served from. */
@EnableConfigurationProperties(CouncilSettings.class)
@Component("volunteerPageLayout")
public class VolunteerPageLayout {

  private final String councilName;

  VolunteerPageLayout(CouncilSettings council) {
    this.councilName = council.name();
  }

  public String councilName() {
    return councilName;
  }

  public String govukFrontend() {
    return GovukFrontend.PATH;
  }
}
