package org.communityhub.partnerapi;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * A partner token is accepted only while the hub still holds it as issued and not revoked: the
 * signature alone would keep a revoked token working until it expires. The tokens are in the
 * database, so a revocation on one node is seen by every node on the next call.
 */
final class TokenStillAuthorized implements OAuth2TokenValidator<Jwt> {

  private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
      "This token has been revoked or has expired; get a new one from /oauth2/token", null);

  private final OAuth2AuthorizationService authorizations;

  TokenStillAuthorized(OAuth2AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public OAuth2TokenValidatorResult validate(Jwt jwt) {
    OAuth2Authorization authorization = authorizations.findByToken(jwt.getTokenValue(), OAuth2TokenType.ACCESS_TOKEN);
    boolean active = authorization != null && authorization.getAccessToken() != null
        && authorization.getAccessToken().isActive();
    return active ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(REVOKED);
  }
}
