package org.communityhub.partners;

import java.util.Arrays;

/** Resident data a data-sharing agreement can allow, named as they appear in the partner API. */
public enum SharedField {
  FIRST_NAME("firstName"),
  LAST_NAME("lastName"),
  DATE_OF_BIRTH("dateOfBirth"),
  PHONE("phone"),
  EMAIL("email"),
  ADDRESS("address"),
  NEEDS("needs"),
  VULNERABILITY("vulnerability"),
  NOTES("notes");

  private final String apiName;

  SharedField(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  public static SharedField fromName(String apiName) {
    return Arrays.stream(values()).filter(f -> f.apiName.equals(apiName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown resident field: " + apiName));
  }
}
