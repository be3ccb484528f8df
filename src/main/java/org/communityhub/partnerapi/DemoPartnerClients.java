package org.communityhub.partnerapi;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
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
        clients.save(PartnerClients.partnerClient(clientId, passwordEncoder.encode(secret), PartnerAuthConfig.SCOPE_REQUESTS_WRITE,
            PartnerAuthConfig.SCOPE_REQUESTS_READ, PartnerAuthConfig.SCOPE_REFERRALS_READ,
            PartnerAuthConfig.SCOPE_REFERRALS_WRITE, PartnerAuthConfig.SCOPE_WEBHOOKS_MANAGE));
        log.info("Registered demo partner client {}", clientId);
      }
    });
  }
}
