package org.communityhub.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.service.notify.Notification;
import uk.gov.service.notify.NotificationClientException;

/**
 * Sends SMS and email through GOV.UK Notify, at most once per message key. Called from an
 * asynchronous BPMN step with retries, inside the job's transaction:
 * <ol>
 *   <li>the message is written to notification_outbox (unique key) unless it is there;</li>
 *   <li>already SENT or RECORDED: nothing to do;</li>
 *   <li>before sending, Notify is asked for a message with this reference: if the hub crashed
 *       after Notify accepted it but before the outbox said so (the transaction rolled back),
 *       the retry finds it and only marks it sent;</li>
 *   <li>send with the key as Notify's reference, then mark SENT.</li>
 * </ol>
 * A Notify failure throws, the job is retried and, when retries run out, becomes an incident.
 */
@Service
public class NotifyService {

  private static final Logger log = LoggerFactory.getLogger(NotifyService.class);

  private final JdbcTemplate jdbc;
  private final NotificationGateway gateway;
  private final NotifySettings settings;
  private final ObjectMapper json;
  private final Clock clock;

  NotifyService(JdbcTemplate jdbc, NotificationGateway gateway, NotifySettings settings, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.gateway = gateway;
    this.settings = settings;
    this.json = json;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void send(OutboundMessage message) {
    String templateId = settings.enabled() ? settings.templateId(message.template()) : message.template();
    jdbc.update("""
        insert into notification_outbox (message_key, channel, template_id, recipient, personalisation, status, created_at)
        select ?, ?, ?, ?, ?, 'PENDING', ? from (select 1 as one) x
        where not exists (select 1 from notification_outbox where message_key = ?)""",
        message.key(), message.channel().name(), templateId, message.recipient(), toJson(message),
        clock.instant().atOffset(ZoneOffset.UTC), message.key());
    String status = jdbc.queryForObject("select status from notification_outbox where message_key = ?",
        String.class, message.key());
    if (!"PENDING".equals(status)) {
      log.info("Message {} is already {}: not sent again", message.key(), status);
      return;
    }
    if (!gateway.sends()) {
      mark(message.key(), "RECORDED", null);
      // The recipient as a hub id, never a phone or email; the link is the volunteer's way in.
      log.info("Message {} to {} recorded, not sent (hub.notify.enabled=false): {}", message.key(),
          message.recipient(), message.personalisation().getOrDefault("link", "(no link)"));
      return;
    }
    try {
      Optional<Notification> earlier = alreadyAccepted(message.key());
      if (earlier.isPresent()) {
        mark(message.key(), "SENT", earlier.get().getId().toString());
        log.info("Message {} was already accepted by Notify before a restart: not sent again", message.key());
        return;
      }
      String notifyId = switch (message.channel()) {
        case SMS -> gateway.client().sendSms(templateId, message.address(), message.personalisation(), message.key())
            .getNotificationId().toString();
        case EMAIL -> gateway.client().sendEmail(templateId, message.address(), message.personalisation(), message.key())
            .getNotificationId().toString();
      };
      mark(message.key(), "SENT", notifyId);
      log.info("Message {} to {} sent through Notify", message.key(), message.recipient());
    } catch (NotificationClientException e) {
      // Notify's message may quote the address: keep only the status code.
      throw new IllegalStateException("GOV.UK Notify refused or failed message " + message.key()
          + " (HTTP " + e.getHttpResult() + "); the step will be retried");
    }
  }

  /** Messages in the outbox for a recipient, newest first: what the default run "sent". */
  @Transactional(readOnly = true)
  public List<String> personalisationsFor(String recipient) {
    return jdbc.queryForList("select personalisation from notification_outbox where recipient = ? order by id desc",
        String.class, recipient);
  }

  private Optional<Notification> alreadyAccepted(String key) throws NotificationClientException {
    return gateway.client().getNotifications(null, null, key, null).getNotifications().stream()
        .filter(n -> n.getReference().filter(key::equals).isPresent()).findFirst();
  }

  private void mark(String key, String status, String notifyId) {
    jdbc.update("update notification_outbox set status = ?, notify_id = ?, sent_at = ? where message_key = ?",
        status, notifyId, clock.instant().atOffset(ZoneOffset.UTC), key);
  }

  private String toJson(OutboundMessage message) {
    try {
      return json.writeValueAsString(message.personalisation());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Unwritable personalisation for " + message.key(), e);
    }
  }
}
