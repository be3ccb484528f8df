package org.communityhub.intake;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HelpRequestActionRepository extends JpaRepository<HelpRequestAction, Long> {

  List<HelpRequestAction> findByRequestIdOrderByRecordedAtAscIdAsc(long requestId);

  List<HelpRequestAction> findByRequestIdIn(Collection<Long> requestIds);
}
