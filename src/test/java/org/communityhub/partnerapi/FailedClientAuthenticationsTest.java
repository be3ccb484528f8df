package org.communityhub.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The throttle on wrong client secrets, with a clock the test moves instead of waiting a minute. */
class FailedClientAuthenticationsTest {

  private static final String RIGHT = "right-secret";
  private final MovableClock clock = new MovableClock();
  private final FailedClientAuthentications throttle = new FailedClientAuthentications(
      new PartnerApiSettings.FailedSignIns(3, 5, Duration.ofMinutes(1)), clock);

  @Test
  void aClientLockedOutGetsATokenWithTheRightSecretOnceTheLockPeriodHasPassed() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(attempt("partner-a", "wrong", "10.0.0.1").getStatus()).isEqualTo(401);
    }
    MockHttpServletResponse locked = attempt("partner-a", RIGHT, "10.0.0.1");
    assertThat(locked.getStatus()).isEqualTo(429);
    assertThat(locked.getHeader("Retry-After")).isEqualTo("60");

    clock.advance(Duration.ofSeconds(30));
    assertThat(attempt("partner-a", RIGHT, "10.0.0.1").getHeader("Retry-After")).isEqualTo("30");

    clock.advance(Duration.ofSeconds(30));
    assertThat(attempt("partner-a", RIGHT, "10.0.0.1").getStatus()).isEqualTo(200);
  }

  @Test
  void signingInGivesTheAttemptBackSoOnlyFailuresCount() throws Exception {
    for (int round = 0; round < 4; round++) {
      assertThat(attempt("partner-b", "wrong", "10.0.0.2").getStatus()).isEqualTo(401);
      assertThat(attempt("partner-b", "wrong", "10.0.0.2").getStatus()).isEqualTo(401);
      assertThat(attempt("partner-b", RIGHT, "10.0.0.2").getStatus()).isEqualTo(200);
      clock.advance(Duration.ofMinutes(1)); // the address's own failures come back too
    }
  }

  @Test
  void oneAddressTryingManyClientIdsIsThrottledAndOtherAddressesAreNot() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(attempt("client-" + i, "wrong", "192.0.2.7").getStatus()).isEqualTo(401);
    }
    assertThat(attempt("client-new", "wrong", "192.0.2.7").getStatus()).isEqualTo(429);
    assertThat(attempt("client-new", RIGHT, "198.51.100.1").getStatus()).isEqualTo(200);
    assertThat(attempt("client-new", "wrong", "198.51.100.1").getStatus())
        .as("the refused request did not count against the client").isEqualTo(401);
  }

  @Test
  void theClientIdIsReadFromBasicAuthenticationOrTheForm() {
    MockHttpServletRequest basic = new MockHttpServletRequest("POST", "/oauth2/token");
    basic.addHeader("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString("caf%C3%A9-client:secret".getBytes(StandardCharsets.UTF_8)));
    MockHttpServletRequest form = new MockHttpServletRequest("POST", "/oauth2/token");
    form.addParameter("client_id", "form-client");

    assertThat(FailedClientAuthentications.clientId(basic)).isEqualTo("café-client");
    assertThat(FailedClientAuthentications.clientId(form)).isEqualTo("form-client");
  }

  /** A request that the authorization server answers 401, or 200 for the right secret. */
  private MockHttpServletResponse attempt(String clientId, String secret, String address) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/oauth2/token");
    request.setRemoteAddr(address);
    request.addParameter("client_id", clientId);
    request.addParameter("client_secret", secret);
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(request, response, (req, res) -> response.setStatus(RIGHT.equals(secret) ? 200 : 401));
    return response;
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-03-02T09:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
