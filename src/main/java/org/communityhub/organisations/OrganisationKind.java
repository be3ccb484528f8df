package org.communityhub.organisations;

/** Who is offering: a shop with delivery slots, a business with vans or staff, a charity, a community group. */
public enum OrganisationKind {
  SHOP,
  BUSINESS,
  CHARITY,
  COMMUNITY_GROUP
}
