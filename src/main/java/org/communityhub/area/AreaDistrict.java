package org.communityhub.area;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A postcode district inside the council area, e.g. WA10. */
@Entity
@Table(name = "area_district")
public class AreaDistrict {

  @Id
  private String code;
  private String name;

  protected AreaDistrict() {}

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
