package org.communityhub.referrals;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, Long> {

  List<Referral> findByPartnerIdOrderByIdDesc(long partnerId);

  List<Referral> findByRequestIdIn(List<Long> requestIds);

  List<Referral> findByPartnerIdAndStatusOrderByIdDesc(long partnerId, ReferralStatus status);

  List<Referral> findByRequestIdOrderByIdAsc(long requestId);

  List<Referral> findByStatusOrderBySentAtAsc(ReferralStatus status);

  /** Locks the referral: two partner calls at once are handled one after the other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from Referral r where r.id = :id and r.partnerId = :partnerId")
  Optional<Referral> lockForPartner(long id, long partnerId);
}
