package org.communityhub.disclosures;

import java.time.Instant;
import java.util.List;

/** A recorded disclosure as a data-protection officer reads it. */
public record DisclosureView(Long id, Long requestId, String recipientType, String recipient, List<String> fields,
    String lawfulBasis, String purpose, String disclosedBy, Instant disclosedAt) {}
