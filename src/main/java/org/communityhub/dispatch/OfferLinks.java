package org.communityhub.dispatch;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The link in an offer message: /volunteer/offers/{offerId}.{expiresEpochSecond}.{signature},
 * signed with HMAC-SHA256 (hub.volunteer-page.link-secret). Anyone holding it acts as the
 * volunteer for that one offer, so it expires, and what it allows (answer once, report once) is
 * decided by the offer's state in the database, which makes it single-use.
 */
@Component
class OfferLinks {

  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private final byte[] secret;
  private final String baseUrl;
  private final Clock clock;

  OfferLinks(VolunteerPageSettings settings, Clock clock) {
    this.secret = settings.linkSecret().getBytes(StandardCharsets.UTF_8);
    String baseUrl = settings.baseUrl().toString();
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.clock = clock;
  }

  String linkFor(long offerId, Instant expires) {
    return baseUrl + "/volunteer/offers/" + tokenFor(offerId, expires);
  }

  String tokenFor(long offerId, Instant expires) {
    String payload = offerId + "." + expires.getEpochSecond();
    return payload + "." + sign(payload);
  }

  /** The offer a token is for, or why it cannot be used. */
  Verified verify(String token) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (parts.length != 3) {
      return new Verified(Verdict.INVALID, 0);
    }
    String payload = parts[0] + "." + parts[1];
    if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
        parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return new Verified(Verdict.INVALID, 0);
    }
    long offerId;
    long expires;
    try {
      offerId = Long.parseLong(parts[0]);
      expires = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      return new Verified(Verdict.INVALID, 0);
    }
    if (clock.instant().getEpochSecond() >= expires) {
      return new Verified(Verdict.EXPIRED, offerId);
    }
    return new Verified(Verdict.VALID, offerId);
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  enum Verdict { VALID, EXPIRED, INVALID }

  record Verified(Verdict verdict, long offerId) {}
}
