package org.communityhub.desk;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResidentAccessRepository extends JpaRepository<ResidentAccess, Long> {

  List<ResidentAccess> findByResidentIdOrderByAccessedAtDescIdDesc(long residentId, Pageable page);

  List<ResidentAccess> findByStaffUserOrderByAccessedAtDescIdDesc(String staffUser, Pageable page);
}
