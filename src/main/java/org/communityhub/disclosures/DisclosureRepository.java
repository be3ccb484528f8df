package org.communityhub.disclosures;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisclosureRepository extends JpaRepository<Disclosure, Long> {

  List<Disclosure> findByResidentIdOrderByDisclosedAtAscIdAsc(long residentId);
}
