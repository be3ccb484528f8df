package org.communityhub.referrals;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * A referral as its partner sees it. {@code resident} holds only the fields the partner's
 * data-sharing agreement allows; the others are absent, not null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerReferralView(Long id, String requestReference, ReferralStatus status, String priority,
    boolean safeguarding, String reason, Instant sentAt, Instant acknowledgedAt, Map<String, Object> resident) {}
