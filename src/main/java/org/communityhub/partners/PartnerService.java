package org.communityhub.partners;

import java.util.Optional;
import org.communityhub.eligibility.PartnerType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partners and their data-sharing agreements. */
@Service
@Transactional(readOnly = true)
public class PartnerService {

  /** A new partner as an administrator describes it. */
  public record NewPartner(String code, String name, PartnerType partnerType, String contactEmail,
      String escalationEmail, String clientId, AgreementTerms agreement) {}

  private final PartnerRepository partners;
  private final DataSharingAgreementRepository agreements;

  PartnerService(PartnerRepository partners, DataSharingAgreementRepository agreements) {
    this.partners = partners;
    this.agreements = agreements;
  }

  /** The partner an OAuth2 client signs in for. */
  public Optional<Partner> findByClientId(String clientId) {
    return partners.findByClientIdAndActiveTrue(clientId);
  }

  public Partner get(long partnerId) {
    return partners.findById(partnerId).orElseThrow();
  }

  /**
   * The partner a referral of this type goes to: the first active partner of that type with a
   * data-sharing agreement. Empty when the borough has none, so staff find other support.
   */
  public Optional<Partner> chooseFor(PartnerType type) {
    return partners.findByPartnerTypeAndActiveTrueOrderById(type).stream()
        .filter(p -> agreements.existsById(p.getId())).findFirst();
  }

  public java.util.List<Partner> all() {
    return partners.findAll(org.springframework.data.domain.Sort.by("code"));
  }

  public Optional<Partner> findByCode(String code) {
    return partners.findByCode(code);
  }

  /** Adds a partner with its data-sharing agreement. */
  @Transactional
  public Partner create(NewPartner partner) {
    Partner saved = partners.saveAndFlush(new Partner(partner.code(), partner.name(), partner.partnerType(),
        partner.contactEmail(), partner.escalationEmail(), partner.clientId()));
    agreements.save(new DataSharingAgreement(saved.getId(), partner.agreement()));
    return saved;
  }

  /** Changes what a partner may be told from now on; past disclosures stay as recorded. */
  @Transactional
  public void changeAgreement(long partnerId, AgreementTerms terms) {
    agreements.findById(partnerId).orElseThrow().change(terms);
  }

  public DataSharingAgreement agreementOf(long partnerId) {
    return agreements.findById(partnerId)
        .orElseThrow(() -> new IllegalStateException("Partner " + partnerId + " has no data-sharing agreement"));
  }
}
