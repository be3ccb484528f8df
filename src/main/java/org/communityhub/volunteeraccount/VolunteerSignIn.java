package org.communityhub.volunteeraccount;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.communityhub.notify.Channel;
import org.communityhub.notify.NotifyService;
import org.communityhub.notify.OutboundMessage;
import org.communityhub.platform.CouncilSettings;
import org.communityhub.volunteers.VolunteerContact;
import org.communityhub.volunteers.VolunteerService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in links to a volunteer's own page, sent by email (Notify, each once): a random 256-bit
 * token of which only the SHA-256 is stored, working once and for hub.volunteer-account
 * .sign-in-link-valid-for. Asking says nothing about whether an email is registered.
 */
@Service
public class VolunteerSignIn {

  /** Whether a link can be used. */
  public enum LinkState { VALID, USED, EXPIRED, INVALID }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final VolunteerService volunteers;
  private final NotifyService notify;
  private final Clock clock;
  private final VolunteerAccountSettings settings;
  private final String councilName;

  VolunteerSignIn(JdbcTemplate jdbc, VolunteerService volunteers, NotifyService notify, Clock clock,
      VolunteerAccountSettings settings, CouncilSettings council) {
    this.jdbc = jdbc;
    this.volunteers = volunteers;
    this.notify = notify;
    this.clock = clock;
    this.settings = settings;
    this.councilName = council.name();
  }

  /** Emails a sign-in link when the email is a volunteer's; otherwise does nothing, and the caller says the same either way. */
  @Transactional
  public void requestLink(String email) {
    Optional<VolunteerContact> volunteer = volunteers.findByEmail(email).flatMap(volunteers::contact);
    if (volunteer.isEmpty() || volunteer.get().email() == null) {
      return;
    }
    Instant now = clock.instant();
    String token = newToken();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          insert into volunteer_sign_in_link (volunteer_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)""",
          new String[] {"id"});
      insert.setLong(1, volunteer.get().id());
      insert.setString(2, hash(token));
      insert.setObject(3, now.atOffset(ZoneOffset.UTC));
      insert.setObject(4, now.plus(settings.signInLinkValidFor()).atOffset(ZoneOffset.UTC));
      return insert;
    }, key);
    long linkId = key.getKey().longValue();
    notify.send(new OutboundMessage("volunteer-sign-in-" + linkId, Channel.EMAIL, "volunteer-sign-in-email",
        "volunteer:" + volunteer.get().id(), volunteer.get().email(), Map.of("council", councilName,
            "link", link(token), "validFor", validFor())));
  }

  /** "30 minutes": how long a link works, in words. */
  public String validFor() {
    Duration d = settings.signInLinkValidFor();
    if (d.toMinutes() % 60 != 0 || d.toHours() == 0) {
      return d.toMinutes() + (d.toMinutes() == 1 ? " minute" : " minutes");
    }
    return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
  }

  @Transactional(readOnly = true)
  public LinkState state(String token) {
    if (token == null || token.length() > 100) {
      return LinkState.INVALID;
    }
    return jdbc.query("select expires_at, used_at from volunteer_sign_in_link where token_hash = ?", (rs, n) ->
        rs.getTimestamp(2) != null ? LinkState.USED
            : rs.getTimestamp(1).toInstant().isBefore(clock.instant()) ? LinkState.EXPIRED : LinkState.VALID,
        hash(token)).stream().findFirst().orElse(LinkState.INVALID);
  }

  /**
   * Uses the link: the volunteer it was sent to, once. The conditional update makes it single-use
   * even when pressed twice at once.
   */
  @Transactional
  public Optional<Long> use(String token) {
    if (state(token) != LinkState.VALID) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    String hash = hash(token);
    if (jdbc.update("update volunteer_sign_in_link set used_at = ? where token_hash = ? and used_at is null"
        + " and expires_at > ?", now.atOffset(ZoneOffset.UTC), hash, now.atOffset(ZoneOffset.UTC)) == 0) {
      return Optional.empty();
    }
    return jdbc.queryForList("select volunteer_id from volunteer_sign_in_link where token_hash = ?", Long.class, hash)
        .stream().findFirst();
  }

  private String link(String token) {
    String base = settings.baseUrl().toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/volunteer/sign-in/link/" + token;
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
