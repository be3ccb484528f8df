package org.communityhub.residents;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ResidentRepository extends JpaRepository<Resident, Long>, JpaSpecificationExecutor<Resident> {

  /**
   * Everyone any duplicate rule could match, in one query (one index look-up per rule, OR-ed);
   * the rules' order and the household exception are applied by the caller. A null phone or
   * email matches nothing.
   */
  @Query("""
      select r from Resident r
      where (r.nameKey = :nameKey and (r.dateOfBirth = :dateOfBirth or r.addressKey = :addressKey))
         or r.phone = :phone or r.email = :email
      order by r.id""")
  List<Resident> findDuplicateCandidates(String nameKey, LocalDate dateOfBirth, String addressKey, String phone,
      String email);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from Resident r where r.id = :id")
  Optional<Resident> lockById(Long id);
}
