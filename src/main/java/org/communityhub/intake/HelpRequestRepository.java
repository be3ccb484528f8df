package org.communityhub.intake;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HelpRequestRepository extends JpaRepository<HelpRequest, Long> {

  Optional<HelpRequest> findFirstByResidentIdAndStatusInOrderByIdAsc(long residentId, Collection<RequestStatus> statuses);

  Optional<HelpRequest> findByReference(String reference);

  boolean existsByResidentId(long residentId);

  java.util.List<HelpRequest> findByResidentId(long residentId);

  java.util.List<HelpRequest> findByStatusAndCreatedAtBeforeOrderByCreatedAtAsc(RequestStatus status,
      java.time.Instant receivedBefore);
  java.util.List<HelpRequest> findBySubmittedByAndCreatedAtGreaterThanEqualOrderByCreatedAtDescIdDesc(
      String submittedBy, java.time.Instant since, org.springframework.data.domain.Pageable page);

  /** Residents all of whose requests closed before the cutoff: due for erasure by the retention job. */
  @org.springframework.data.jpa.repository.Query("""
      select distinct r.residentId from HelpRequest r
      where r.closedAt < :cutoff
        and not exists (select 1 from HelpRequest o where o.residentId = r.residentId
                        and (o.closedAt is null or o.closedAt >= :cutoff))
        and r.erasedAt is null""")
  java.util.List<Long> findResidentsClosedBefore(java.time.Instant cutoff,
      org.springframework.data.domain.Pageable page);
}
