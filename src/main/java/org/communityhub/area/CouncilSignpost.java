package org.communityhub.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The council to send a resident to when their postcode is outside our area. */
@Entity
@Table(name = "council_signpost")
public class CouncilSignpost {

  @Id
  @Column(name = "postcode_prefix")
  private String postcodePrefix;
  private String councilName;
  private String website;

  protected CouncilSignpost() {}

  public String getCouncilName() {
    return councilName;
  }

  public String getWebsite() {
    return website;
  }
}
