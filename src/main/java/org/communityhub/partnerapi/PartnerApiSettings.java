package org.communityhub.partnerapi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * hub.partner-api.*, checked at start; the defaults are in application.yaml, nowhere else.
 *
 * @param tokenSigningJwk a private RSA JWK (JSON) that signs partner tokens on every node; empty:
 *     the first node makes one and keeps it in the database for the others
 * @param issuer the hub's public address (HUB_PUBLIC_URL): the "iss" of every partner token, whatever
 *     Host header a request came with; the API refuses tokens with any other issuer
 * @param expiredTokensCleanupEvery how often issued tokens that have expired are deleted
 * @param failedSignIns how many wrong client secrets are answered before a client or address must wait
 */
@ConfigurationProperties("hub.partner-api")
@Validated
public record PartnerApiSettings(String tokenSigningJwk, @NotNull URI issuer,
    @NotNull Duration expiredTokensCleanupEvery, @NotNull @Valid FailedSignIns failedSignIns) {

  /**
   * @param perClient failed client authentications one client id may have in a lock period
   * @param perAddress failed client authentications one network address may have in a lock period
   * @param lockPeriod how long a client id or address that used them all up waits; then it may try again
   */
  public record FailedSignIns(@Positive int perClient, @Positive int perAddress, @NotNull Duration lockPeriod) {

    @AssertTrue(message = "hub.partner-api.failed-sign-ins.lock-period must be at least one second, such as PT1M")
    public boolean isLockPeriodAtLeastASecond() {
      return lockPeriod == null || lockPeriod.toSeconds() >= 1;
    }
  }

  @AssertTrue(message = "hub.partner-api.issuer (HUB_PUBLIC_URL) must be the hub's address starting with https:// "
      + "or http://, such as https://hub.example.gov.uk")
  public boolean isIssuerAWebAddress() {
    return issuer == null || (("https".equals(issuer.getScheme()) || "http".equals(issuer.getScheme()))
        && issuer.getHost() != null && issuer.getQuery() == null && issuer.getFragment() == null);
  }
}
