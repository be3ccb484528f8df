package org.communityhub.partnerapi;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The demo partners' OAuth2 clients (demo profile only): the food bank and the housing
 * association, with every partner scope. Secrets are stored hashed.
 */
@Component
@ConditionalOnProperty(name = "hub.demo-users.enabled", havingValue = "true")
class DemoPartnerClients implements ApplicationRunner {

  static final Map<String, String> CLIENTS = Map.of(
      "foodbank-demo", "foodbank-demo-secret",
      "housing-demo", "housing-demo-secret");
  private static final Logger log = LoggerFactory.getLogger(DemoPartnerClients.class);

  private final RegisteredClientRepository clients;
  private final PasswordEncoder passwordEncoder;

  DemoPartnerClients(RegisteredClientRepository clients, PasswordEncoder passwordEncoder) {
    this.clients = clients;
    this.passwordEncoder = passwordEncoder;
  }

  @Override
  public void run(ApplicationArguments args) {
    CLIENTS.forEach((clientId, secret) -> {
      if (clients.findByClientId(clientId) == null) {
        clients.save(partnerClient(clientId, passwordEncoder.encode(secret), PartnerAuthConfig.SCOPE_REQUESTS_WRITE,
            PartnerAuthConfig.SCOPE_REQUESTS_READ, PartnerAuthConfig.SCOPE_REFERRALS_READ,
            PartnerAuthConfig.SCOPE_REFERRALS_WRITE));
        log.info("Registered demo partner client {}", clientId);
      }
    });
  }

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
