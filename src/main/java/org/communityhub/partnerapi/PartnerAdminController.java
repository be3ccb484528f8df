package org.communityhub.partnerapi;

import java.util.List;
import org.communityhub.eligibility.PartnerType;
import org.communityhub.partnerapi.PartnerAdministration.Agreement;
import org.communityhub.partnerapi.PartnerAdministration.ClientCredentials;
import org.communityhub.partnerapi.PartnerAdministration.CreatedPartner;
import org.communityhub.partnerapi.PartnerAdministration.NewPartner;
import org.communityhub.partners.Partner;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * For Camunda administrators (HTTP Basic, group camunda-admin): add partners with their
 * data-sharing agreement and OAuth2 client, change agreements, rotate client secrets. Validation
 * and transactions are PartnerAdministration's; this class maps HTTP to it.
 */
@RestController
@RequestMapping("/api/staff/partners")
class PartnerAdminController {

  private final PartnerAdministration administration;

  PartnerAdminController(PartnerAdministration administration) {
    this.administration = administration;
  }

  record PartnerSummary(String code, String name, PartnerType partnerType, String contactEmail, String escalationEmail,
      String clientId, boolean active, Agreement agreement) {}

  record Created(PartnerSummary partner, ClientCredentials client) {}

  @GetMapping
  List<PartnerSummary> list() {
    return administration.all().stream().map(this::summary).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Created create(@RequestBody NewPartner request, Authentication administrator) {
    CreatedPartner created = administration.create(request, administrator.getName());
    return new Created(summary(created.partner()), created.client());
  }

  @PutMapping("/{code}/agreement")
  PartnerSummary changeAgreement(@PathVariable String code, @RequestBody Agreement agreement) {
    return summary(administration.changeAgreement(code, agreement));
  }

  @PostMapping("/{code}/client-secret")
  ClientCredentials rotateSecret(@PathVariable String code, Authentication administrator) {
    return administration.rotateSecret(code, administrator.getName());
  }

  private PartnerSummary summary(Partner partner) {
    return new PartnerSummary(partner.getCode(), partner.getName(), partner.getPartnerType(), partner.getContactEmail(),
        partner.getEscalationEmail(), partner.getClientId(), partner.isActive(), administration.agreementOf(partner));
  }
}
