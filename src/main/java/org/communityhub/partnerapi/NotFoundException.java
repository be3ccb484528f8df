package org.communityhub.partnerapi;

/** Not found for this partner; also used when it exists but belongs to another partner. */
class NotFoundException extends RuntimeException {

  NotFoundException(String message) {
    super(message);
  }
}
