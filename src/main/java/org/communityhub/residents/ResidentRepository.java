package org.communityhub.residents;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ResidentRepository extends JpaRepository<Resident, Long> {

  List<Resident> findByNameKeyAndDateOfBirthOrderById(String nameKey, LocalDate dateOfBirth);

  List<Resident> findByPhoneOrderById(String phone);

  List<Resident> findByEmailOrderById(String email);

  List<Resident> findByNameKeyAndAddressKeyOrderById(String nameKey, String addressKey);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from Resident r where r.id = :id")
  Optional<Resident> lockById(Long id);
}
