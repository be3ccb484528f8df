package org.communityhub.askforhelp;

import java.io.Serial;
import java.io.Serializable;

/**
 * What the confirmation page tells the person who asked, kept in their session after the request
 * was sent (the page is reached by a redirect): no resident's details, only the reference and what next.
 *
 * @param status intake's status for the request (RequestStatus' name)
 * @param forSelf whether the person who asked is the resident (the page says "you" or "them")
 * @param priority for a request waiting for a volunteer, its priority (P1), else null
 * @param attachedTo the open request this was added to (duplicate detection), else null
 * @param council for a resident outside the area, their own council, else null
 * @param councilWebsite that council's website
 * @param directoryUrl where a request the hub will not help with is pointed
 * @param sentBy how the confirmation message went ("email", "text message"), or null if none was possible
 */
record Confirmation(String reference, String status, boolean forSelf, String priority, String attachedTo, String council,
    String councilWebsite, String directoryUrl, String sentBy) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public boolean outOfArea() {
    return council != null;
  }
}
