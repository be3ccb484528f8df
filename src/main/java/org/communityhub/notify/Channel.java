package org.communityhub.notify;

/** How a message reaches someone. */
public enum Channel {
  SMS,
  EMAIL
}
