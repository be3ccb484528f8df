package org.communityhub.intake;

import java.time.Instant;

/**
 * A help request moved from one status to another. Published inside the transaction that moved
 * it, so a listener's outbox row commits with it or not at all. Ids and status only.
 *
 * @param submittedBy who submitted the request: a partner's OAuth2 client id (partner API) or a
 *     staff user name (the desk, Tasklist)
 */
public record RequestStatusChanged(long requestId, String reference, String submittedBy, RequestStatus from,
    RequestStatus to, Instant at) {}
