package org.communityhub.partners;

import java.util.List;
import java.util.Optional;
import org.communityhub.eligibility.PartnerType;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRepository extends JpaRepository<Partner, Long> {

  Optional<Partner> findByClientIdAndActiveTrue(String clientId);

  Optional<Partner> findByCode(String code);

  List<Partner> findByPartnerTypeAndActiveTrueOrderById(PartnerType partnerType);
}
