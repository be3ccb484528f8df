package org.communityhub.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communityhub.partners.Partner;
import org.communityhub.partners.PartnerService;
import org.communityhub.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' webhooks: a partner registers, reads, removes one and rotates its secret (through the
 * partner API); administrators see them and switch a failing one back on; duty managers see the
 * failing ones. Sending is {@link WebhookDelivery}'s; the events are queued by {@link WebhookEvents}.
 */
@Service
public class WebhookService {

  private static final Logger log = LoggerFactory.getLogger(WebhookService.class);
  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final String WEBHOOK_COLUMNS = """
      w.partner_id, w.url, w.status, w.created_at, w.last_delivery_at, w.last_failure_at, w.last_failure,
      w.failing_since, (select count(*) from webhook_event e where e.partner_id = w.partner_id
        and e.status = 'PENDING') as waiting""";

  private final JdbcTemplate jdbc;
  private final PartnerService partners;
  private final WebhookSettings settings;
  private final Clock clock;

  WebhookService(JdbcTemplate jdbc, PartnerService partners, WebhookSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.partners = partners;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Registers the partner's webhook, or changes its address. A new webhook gets a signing secret,
   * returned here once. Registering again also switches a failing webhook back on: its waiting
   * events are sent from now.
   */
  @Transactional
  public WebhookRegistration register(long partnerId, String url) {
    String checked = checkedUrl(url);
    Instant now = clock.instant();
    int changed = jdbc.update("""
        update partner_webhook set url = ?, status = 'ACTIVE', failing_since = null, updated_at = ?
        where partner_id = ?""", checked, utc(now), partnerId);
    String secret = null;
    if (changed == 0) {
      secret = WebhookSignature.newSecret();
      jdbc.update("""
          insert into partner_webhook (partner_id, url, signing_secret, status, created_at, updated_at)
          values (?, ?, ?, 'ACTIVE', ?, ?)""", partnerId, checked, secret, utc(now), utc(now));
    } else {
      retryWaitingNow(partnerId, now);
    }
    log.info("Webhook of partner {} {}", partners.get(partnerId).getCode(), changed == 0 ? "registered" : "changed");
    return new WebhookRegistration(find(partnerId).orElseThrow(), secret, changed == 0);
  }

  @Transactional(readOnly = true)
  public Optional<PartnerWebhook> find(long partnerId) {
    return jdbc.query("select " + WEBHOOK_COLUMNS + " from partner_webhook w where w.partner_id = ?",
        WebhookService::webhook, partnerId).stream().findFirst();
  }

  /** The webhooks of these partners, by partner id; partners without one are not in the map. */
  @Transactional(readOnly = true)
  public Map<Long, PartnerWebhook> of(List<Partner> of) {
    Set<Long> ids = of.stream().map(Partner::getId).collect(Collectors.toSet());
    return jdbc.query("select " + WEBHOOK_COLUMNS + " from partner_webhook w", WebhookService::webhook).stream()
        .filter(webhook -> ids.contains(webhook.partnerId()))
        .collect(Collectors.toMap(PartnerWebhook::partnerId, Function.identity()));
  }

  /** Removes the partner's webhook; its events not yet delivered are dropped. False if it had none. */
  @Transactional
  public boolean remove(long partnerId) {
    jdbc.update("update webhook_event set status = 'CANCELLED' where partner_id = ? and status = 'PENDING'",
        partnerId);
    boolean removed = jdbc.update("delete from partner_webhook where partner_id = ?", partnerId) == 1;
    if (removed) {
      log.info("Webhook of partner {} removed", partners.get(partnerId).getCode());
    }
    return removed;
  }

  /**
   * A new signing secret, in the clear only here. Events sent from now on are signed with it
   * (retries of earlier events too); the old one stops at once.
   */
  @Transactional
  public Optional<String> rotateSecret(long partnerId) {
    String secret = WebhookSignature.newSecret();
    if (jdbc.update("update partner_webhook set signing_secret = ?, updated_at = ? where partner_id = ?", secret,
        utc(clock.instant()), partnerId) == 0) {
      return Optional.empty();
    }
    log.info("Webhook signing secret of partner {} rotated", partners.get(partnerId).getCode());
    return Optional.of(secret);
  }

  /** An administrator switches a failing webhook back on: its waiting events are sent from now, in order. */
  @Transactional
  public boolean switchBackOn(long partnerId, String administrator) {
    Instant now = clock.instant();
    if (jdbc.update("""
        update partner_webhook set status = 'ACTIVE', failing_since = null, updated_at = ?
        where partner_id = ? and status = 'FAILING'""", utc(now), partnerId) == 0) {
      return false;
    }
    retryWaitingNow(partnerId, now);
    log.info("Webhook of partner {} switched back on by {}", partners.get(partnerId).getCode(), administrator);
    return true;
  }

  /** Failing webhooks, longest failing first: the duty managers' overdue page. */
  @Transactional(readOnly = true)
  public List<FailingWebhook> failing() {
    return jdbc.query("select " + WEBHOOK_COLUMNS + " from partner_webhook w where w.status = 'FAILING'"
        + " order by w.failing_since", WebhookService::webhook).stream()
        .map(webhook -> {
          Partner partner = partners.get(webhook.partnerId());
          return new FailingWebhook(partner.getCode(), partner.getName(), webhook.failingSince(), webhook.lastFailure(),
              webhook.waitingEvents());
        }).toList();
  }

  /** The attempts so far start again, so back-off starts again from the first wait. */
  private void retryWaitingNow(long partnerId, Instant now) {
    jdbc.update("""
        update webhook_event set next_attempt_at = ?, attempts = 0
        where partner_id = ? and status = 'PENDING'""", utc(now), partnerId);
  }

  /** An absolute https address (http only to this machine, for the demo and tests), without a password in it. */
  private String checkedUrl(String url) {
    String https = "enter the address the hub should send events to, starting https://";
    if (url == null || url.isBlank()) {
      throw new InvalidInputException("url", https);
    }
    String trimmed = url.trim();
    if (trimmed.length() > 2000) {
      throw new InvalidInputException("url", "must be at most 2000 characters");
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new InvalidInputException("url", "is not a web address; " + https);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    boolean local = LOCAL_HOSTS.contains(host);
    if (host.isEmpty() || !(scheme.equals("https") || (scheme.equals("http") && local && settings.plainHttpToLocalhost()))) {
      throw new InvalidInputException("url", https);
    }
    if (uri.getUserInfo() != null) {
      throw new InvalidInputException("url", "must not contain a user name or password; the hub signs each event instead");
    }
    if (uri.getFragment() != null) {
      throw new InvalidInputException("url", "must not contain a '#' part");
    }
    WebhookAddresses.refusal(uri, settings.plainHttpToLocalhost()).ifPresent(why -> {
      throw new InvalidInputException("url", why);
    });
    return trimmed;
  }

  private static PartnerWebhook webhook(ResultSet rs, int row) throws SQLException {
    return new PartnerWebhook(rs.getLong("partner_id"), rs.getString("url"), WebhookStatus.valueOf(rs.getString("status")),
        instant(rs, "created_at"), instant(rs, "last_delivery_at"), instant(rs, "last_failure_at"),
        rs.getString("last_failure"), instant(rs, "failing_since"), rs.getInt("waiting"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
