package org.communityhub.partnerapi;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles guessing of partners' client secrets at the authorization server's endpoints. Each
 * request that authenticates a client takes one attempt from its client id's bucket and one from its
 * network address's; a request that succeeds gives them back, so only failures (401) count. A client
 * id or address with no attempts left gets 429 with Retry-After until its lock period ends; then all
 * its attempts come back at once, so a partner whose right secret arrives after that gets a token.
 *
 * <p>Buckets live in this node's memory (a few thousand, the least recently used dropped first): with
 * two nodes behind a load balancer a guesser gets up to twice the attempts, which the limits allow for.
 */
final class FailedClientAuthentications extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(FailedClientAuthentications.class);
  private static final int MAX_BUCKETS = 10_000;

  private final PartnerApiSettings.FailedSignIns limits;
  private final TimeMeter time;
  private final Map<String, Bucket> byClient = lruMap();
  private final Map<String, Bucket> byAddress = lruMap();

  FailedClientAuthentications(PartnerApiSettings.FailedSignIns limits, Clock clock) {
    this.limits = limits;
    this.time = new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return TimeUnit.MILLISECONDS.toNanos(clock.millis());
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // Clients authenticate only by POST (token, introspection, revocation); the key set and metadata are public.
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String clientId = clientId(request);
    Bucket client = clientId == null ? null : bucket(byClient, clientId, limits.perClient());
    Bucket address = bucket(byAddress, request.getRemoteAddr(), limits.perAddress());

    ConsumptionProbe clientProbe = client == null ? null : client.tryConsumeAndReturnRemaining(1);
    if (clientProbe != null && !clientProbe.isConsumed()) {
      log.warn("Refused sign-ins for partner client {}: too many wrong client secrets", clientId);
      tooMany(response, clientProbe, "this client");
      return;
    }
    ConsumptionProbe addressProbe = address.tryConsumeAndReturnRemaining(1);
    if (!addressProbe.isConsumed()) {
      if (client != null) {
        client.addTokens(1);
      }
      log.warn("Refused a partner sign-in: too many wrong client secrets from one network address");
      tooMany(response, addressProbe, "your network address");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      if (response.getStatus() != HttpStatus.UNAUTHORIZED.value()) {
        // Not a failed client authentication: the attempt is given back.
        if (client != null) {
          client.addTokens(1);
        }
        address.addTokens(1);
      }
    }
  }

  private void tooMany(HttpServletResponse response, ConsumptionProbe probe, String who) throws IOException {
    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many failed sign-ins\",\"status\":429,"
        + "\"detail\":\"There have been too many wrong client secrets from " + who + ". Check the client id and "
        + "secret the hub gave you, and try again in " + seconds + " seconds.\"}");
  }

  private Bucket bucket(Map<String, Bucket> buckets, String key, int attempts) {
    synchronized (buckets) {
      return buckets.computeIfAbsent(key, unused -> Bucket.builder()
          .addLimit(limit -> limit.capacity(attempts).refillIntervally(attempts, limits.lockPeriod()))
          .withCustomTimePrecision(time)
          .build());
    }
  }

  /** The client id as Spring Authorization Server reads it: HTTP Basic (client_secret_basic) or the form's client_id. */
  static String clientId(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return URLDecoder.decode(colon < 0 ? decoded : decoded.substring(0, colon), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException unreadable) {
        return null; // refused as invalid_client by the authorization server; the address still counts
      }
    }
    String fromForm = request.getParameter("client_id");
    return fromForm == null || fromForm.isBlank() ? null : fromForm;
  }

  private static Map<String, Bucket> lruMap() {
    return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > MAX_BUCKETS;
      }
    });
  }
}
