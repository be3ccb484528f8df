package org.communityhub.eligibility;

/** The kind of agency a referral goes to. */
public enum PartnerType {
  ADULT_SOCIAL_CARE,
  NHS,
  HOUSING_PROVIDER,
  FOOD_BANK,
  VOLUNTARY_SECTOR,
  OTHER
}
