package org.communityhub.disclosures;

import java.util.List;

/**
 * A disclosure to record.
 *
 * @param recipient the partner's code or the volunteer's id
 * @param fields the resident fields disclosed, as named in the partner API
 * @param disclosedBy the user, partner or process step that disclosed them
 */
public record DisclosureRecord(long residentId, Long requestId, RecipientType recipientType, String recipient,
    List<String> fields, String lawfulBasis, String purpose, String disclosedBy) {

  public enum RecipientType { PARTNER, VOLUNTEER }
}
