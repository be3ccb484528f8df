package org.communityhub.intake;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HelpRequestRepository extends JpaRepository<HelpRequest, Long> {

  Optional<HelpRequest> findFirstByResidentIdAndStatusInOrderByIdAsc(long residentId, Collection<RequestStatus> statuses);

  Optional<HelpRequest> findByReference(String reference);
}
