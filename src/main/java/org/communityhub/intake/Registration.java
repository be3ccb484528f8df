package org.communityhub.intake;

import org.communityhub.residents.ResidentMatch;

/**
 * A recorded request.
 *
 * @param residentMatch how the resident was found (or that they are new)
 * @param attachedToReference the open request this one was added to, or null
 */
public record Registration(long requestId, String reference, ResidentMatch residentMatch, String attachedToReference) {

  public boolean attached() {
    return attachedToReference != null;
  }
}
