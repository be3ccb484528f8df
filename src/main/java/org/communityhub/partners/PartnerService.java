package org.communityhub.partners;

import java.util.Optional;
import org.communityhub.eligibility.PartnerType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partners and their data-sharing agreements. */
@Service
@Transactional(readOnly = true)
public class PartnerService {

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

  public DataSharingAgreement agreementOf(long partnerId) {
    return agreements.findById(partnerId)
        .orElseThrow(() -> new IllegalStateException("Partner " + partnerId + " has no data-sharing agreement"));
  }
}
