package org.communityhub.partnerapi;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.IntakeValidationException;
import org.communityhub.partners.AgreementTerms;
import org.communityhub.partners.Partner;
import org.communityhub.partners.PartnerService;
import org.communityhub.partners.SharedField;
import org.communityhub.platform.validation.FieldError;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

/**
 * Partners as Camunda administrators manage them: a new partner with its data-sharing agreement and
 * OAuth2 client in one transaction, a changed agreement, a rotated client secret. A secret is
 * returned once, to the caller that creates it, and stored only as a hash.
 */
@Service
public class PartnerAdministration {

  private static final SecureRandom RANDOM = new SecureRandom();
  private final PartnerService partners;
  private final RegisteredClientRepository clients;
  private final PasswordEncoder passwordEncoder;
  private final ClientSecretChangeRepository secretChanges;
  private final Clock clock;
  private final IssuedPartnerTokens issuedTokens;

  PartnerAdministration(PartnerService partners, RegisteredClientRepository clients, PasswordEncoder passwordEncoder,
      ClientSecretChangeRepository secretChanges, Clock clock, IssuedPartnerTokens issuedTokens) {
    this.issuedTokens = issuedTokens;
    this.partners = partners;
    this.clients = clients;
    this.passwordEncoder = passwordEncoder;
    this.secretChanges = secretChanges;
    this.clock = clock;
  }

  /** An agreement as the API writes it: field names as the API names them, SLAs as ISO-8601 durations. */
  public record Agreement(List<String> allowedFields, String lawfulBasis, Map<String, String> acknowledgementSla) {}

  public record NewPartner(String code, String name, String partnerType, String contactEmail, String escalationEmail,
      Agreement agreement) {}

  /** The secret is in the clear only here, once: it is stored hashed. */
  public record ClientCredentials(String clientId, String clientSecret) {

    @Override
    public String toString() {
      return "ClientCredentials[clientId=" + clientId + "]"; // never the secret, should this reach a log
    }
  }

  public record CreatedPartner(Partner partner, ClientCredentials client) {}

  @Transactional
  public CreatedPartner create(NewPartner request, String administrator) {
    List<FieldError> errors = new ArrayList<>();
    if (request.code() == null || !request.code().matches("[a-z0-9-]{2,50}")) {
      errors.add(new FieldError("code", "use 2 to 50 lower-case letters, digits or '-'"));
    } else if (partners.findByCode(request.code()).isPresent() || clients.findByClientId(request.code()) != null) {
      errors.add(new FieldError("code", "is already used by another partner"));
    }
    if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
      errors.add(new FieldError("name", "enter the partner's name (up to 200 characters)"));
    }
    PartnerType type = null;
    try {
      type = PartnerType.valueOf(String.valueOf(request.partnerType()));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("partnerType", "must be one of " + List.of(PartnerType.values())));
    }
    checkEmail(request.contactEmail(), "contactEmail", errors);
    checkEmail(request.escalationEmail(), "escalationEmail", errors);
    AgreementTerms terms = terms(request.agreement(), errors);
    if (!errors.isEmpty()) {
      throw new IntakeValidationException(errors);
    }
    String secret = newSecret();
    clients.save(PartnerClients.partnerClient(request.code(), passwordEncoder.encode(secret),
        PartnerAuthConfig.SCOPE_REQUESTS_WRITE, PartnerAuthConfig.SCOPE_REQUESTS_READ,
        PartnerAuthConfig.SCOPE_REFERRALS_READ, PartnerAuthConfig.SCOPE_REFERRALS_WRITE,
        PartnerAuthConfig.SCOPE_WEBHOOKS_MANAGE));
    Partner partner = partners.create(new PartnerService.NewPartner(request.code(), request.name().trim(), type,
        request.contactEmail().trim(), request.escalationEmail().trim(), request.code(), terms));
    secretChanges.save(new ClientSecretChange(request.code(), clock.instant(), administrator));
    return new CreatedPartner(partner, new ClientCredentials(request.code(), secret));
  }

  @Transactional
  public Partner changeAgreement(String code, Agreement agreement) {
    Partner partner = partners.findByCode(code).orElseThrow(() -> new NotFoundException("No partner " + code));
    List<FieldError> errors = new ArrayList<>();
    AgreementTerms terms = terms(agreement, errors);
    if (!errors.isEmpty()) {
      throw new IntakeValidationException(errors);
    }
    partners.changeAgreement(partner.getId(), terms);
    return partner;
  }

  @Transactional
  public ClientCredentials rotateSecret(String code, String administrator) {
    Partner partner = partners.findByCode(code).orElseThrow(() -> new NotFoundException("No partner " + code));
    RegisteredClient client = partner.getClientId() == null ? null : clients.findByClientId(partner.getClientId());
    if (client == null) {
      throw new NotFoundException("Partner " + code + " has no client to rotate");
    }
    String secret = newSecret();
    clients.save(RegisteredClient.from(client).clientSecret(passwordEncoder.encode(secret)).build());
    // A secret is changed because it may have leaked: the tokens got with it stop working now.
    issuedTokens.endAllOf(client);
    secretChanges.save(new ClientSecretChange(client.getClientId(), clock.instant(), administrator));
    return new ClientCredentials(client.getClientId(), secret);
  }

  /** The partner's current agreement, as the API shows it. */
  @Transactional(readOnly = true)
  public Agreement agreementOf(Partner partner) {
    AgreementTerms terms = partners.agreementOf(partner.getId()).terms();
    Map<String, String> sla = new java.util.TreeMap<>();
    terms.acknowledgementSla().forEach((priority, duration) -> sla.put(priority.name(), duration.toString()));
    return new Agreement(terms.allowedFields().stream().map(SharedField::apiName).sorted().toList(),
        terms.lawfulBasis(), sla);
  }

  @Transactional(readOnly = true)
  public List<Partner> all() {
    return partners.all();
  }

  @Transactional(readOnly = true)
  public Optional<Partner> find(String code) {
    return partners.findByCode(code);
  }

  /** When the client's secret was last set through the hub; empty for clients made before that was recorded. */
  @Transactional(readOnly = true)
  public Optional<Instant> lastSecretChange(String clientId) {
    return clientId == null ? Optional.empty() : secretChanges.findById(clientId).map(ClientSecretChange::changedAt);
  }

  private static AgreementTerms terms(Agreement agreement, List<FieldError> errors) {
    if (agreement == null) {
      errors.add(new FieldError("agreement", "is required"));
      return null;
    }
    Set<SharedField> fields = EnumSet.noneOf(SharedField.class);
    List<String> given = agreement.allowedFields() == null ? List.of() : agreement.allowedFields();
    for (int i = 0; i < given.size(); i++) {
      try {
        fields.add(SharedField.fromName(given.get(i)));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("agreement.allowedFields[" + i + "]", "is not a resident field"));
      }
    }
    if (agreement.lawfulBasis() == null || agreement.lawfulBasis().isBlank() || agreement.lawfulBasis().length() > 500) {
      errors.add(new FieldError("agreement.lawfulBasis", "state the lawful basis for sharing (up to 500 characters)"));
    }
    Map<Priority, Duration> sla = new EnumMap<>(Priority.class);
    for (Priority priority : Priority.values()) {
      String value = agreement.acknowledgementSla() == null ? null : agreement.acknowledgementSla().get(priority.name());
      try {
        Duration duration = Duration.parse(String.valueOf(value));
        if (duration.isNegative() || duration.isZero()) {
          throw new DateTimeParseException("not positive", String.valueOf(value), 0);
        }
        sla.put(priority, duration);
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("agreement.acknowledgementSla." + priority, "give a positive ISO-8601 duration, e.g. PT24H"));
      }
    }
    return new AgreementTerms(fields, agreement.lawfulBasis(), sla);
  }

  private static void checkEmail(String email, String field, List<FieldError> errors) {
    if (email == null || !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") || email.length() > 254) {
      errors.add(new FieldError(field, "is not an email address"));
    }
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
