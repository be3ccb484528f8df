package org.communityhub.partnerapi;

import java.time.Duration;
import java.util.UUID;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** How every partner's OAuth2 client is registered: by administrators, and for the demo partners. */
final class PartnerClients {

  private PartnerClients() {}

  /** A partner's client: client credentials only, short-lived JWT access tokens. */
  static RegisteredClient partnerClient(String clientId, String hashedSecret, String... scopes) {
    RegisteredClient.Builder client = RegisteredClient.withId(UUID.randomUUID().toString())
        .clientId(clientId)
        .clientSecret(hashedSecret)
        .clientName(clientId)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build());
    for (String scope : scopes) {
      client.scope(scope);
    }
    return client.build();
  }
}
