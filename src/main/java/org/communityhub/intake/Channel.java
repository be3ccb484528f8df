package org.communityhub.intake;

/** How a request reached the hub. */
public enum Channel { PHONE, PARTNER, ONLINE }
