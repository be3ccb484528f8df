package org.communityhub.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.communityhub.intake.RequestStatusChanged;
import org.communityhub.partners.PartnerService;
import org.communityhub.referrals.ReferralEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the owners' events into rows of the webhook outbox, in the owner's transaction: the row
 * commits with the change it reports, or neither does, so no event is lost and none is made up.
 * Only partners with a webhook get rows. The body holds ids and statuses only, never a resident's
 * name, contact details, address or anyone's free text; the hub's reference and ids let the
 * partner read the rest through the API, where its data-sharing agreement applies.
 */
@Component
class WebhookEvents {

  static final String REFERRAL_SENT = "referral.sent";
  static final String REFERRAL_WITHDRAWN = "referral.withdrawn";
  static final String REFERRAL_ESCALATED = "referral.escalated";
  static final String REQUEST_STATUS_CHANGED = "help-request.status-changed";

  private final JdbcTemplate jdbc;
  private final PartnerService partners;
  private final ObjectMapper json;

  WebhookEvents(JdbcTemplate jdbc, PartnerService partners, ObjectMapper json) {
    this.jdbc = jdbc;
    this.partners = partners;
    this.json = json;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(ReferralEvent event) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("referralId", event.referralId());
    data.put("requestReference", event.requestReference());
    data.put("status", event.status().name());
    if (event.what() == ReferralEvent.What.ESCALATED) {
      data.put("escalation", event.escalation());
    }
    String type = switch (event.what()) {
      case SENT -> REFERRAL_SENT;
      case WITHDRAWN -> REFERRAL_WITHDRAWN;
      case ESCALATED -> REFERRAL_ESCALATED;
    };
    queue(event.partnerId(), type, event.at(), data);
  }

  /** Only a request a partner submitted through the API is that partner's business. */
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(RequestStatusChanged event) {
    if (event.submittedBy() == null) {
      return;
    }
    partners.findByClientId(event.submittedBy()).ifPresent(partner -> {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("reference", event.reference());
      data.put("status", event.to().name());
      data.put("previousStatus", event.from().name());
      queue(partner.getId(), REQUEST_STATUS_CHANGED, event.at(), data);
    });
  }

  private void queue(long partnerId, String type, Instant at, Map<String, Object> data) {
    // No webhook, no row: a partner that registers later reads what it missed through the API.
    Integer webhooks = jdbc.queryForObject("select count(*) from partner_webhook where partner_id = ?", Integer.class,
        partnerId);
    if (webhooks == null || webhooks == 0) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("timestamp", at.truncatedTo(ChronoUnit.MILLIS).toString());
    body.put("data", data);
    String payload;
    try {
      payload = json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unwritable webhook event " + type, e);
    }
    // The id the partner drops duplicates by: made once here, sent unchanged with every retry.
    String eventId = "msg_" + UUID.randomUUID().toString().replace("-", "");
    jdbc.update("""
        insert into webhook_event (event_id, partner_id, event_type, payload, status, attempts, next_attempt_at,
          created_at) values (?, ?, ?, ?, 'PENDING', 0, ?, ?)""", eventId, partnerId, type, payload,
        WebhookService.utc(at), WebhookService.utc(at));
  }
}
