package org.communityhub.residents;

import java.time.Instant;

/**
 * A resident's identity was erased. Published inside the erasure's transaction: every feature
 * that holds free text or contact details about the resident erases them in a synchronous
 * listener, so the erasure commits whole or not at all (docs/architecture.md, "Erasure").
 */
public record ResidentErased(long residentId, Instant erasedAt) {}
