package org.communityhub.volunteers;

/** What a volunteer can do; a volunteer task requires one or more of these. */
public enum Skill {
  SHOPPING,
  PRESCRIPTION_COLLECTION,
  BEFRIENDING,
  DRIVING,
  DOG_WALKING,
  DIGITAL_HELP,
  LANGUAGES
}
