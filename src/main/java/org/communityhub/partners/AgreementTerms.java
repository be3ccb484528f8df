package org.communityhub.partners;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.communityhub.eligibility.Priority;

/** The terms of a data-sharing agreement: what may be shared, why it is lawful, how fast to answer. */
public record AgreementTerms(Set<SharedField> allowedFields, String lawfulBasis, Map<Priority, Duration> acknowledgementSla) {}
