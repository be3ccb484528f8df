package org.communityhub.dispatch;

/** How far the search for a volunteer has widened from the resident's district. */
public enum SearchScope {
  /** Volunteers who live in the resident's postcode district. */
  DISTRICT,
  /** Volunteers who live in a bordering district (area_district_neighbour). */
  NEIGHBOURS,
  /** Any volunteer in the council area who will travel to the district. */
  BOROUGH;

  SearchScope wider() {
    return this == DISTRICT ? NEIGHBOURS : BOROUGH;
  }
}
