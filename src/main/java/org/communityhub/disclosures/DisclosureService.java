package org.communityhub.disclosures;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of disclosures of residents' personal data (docs/architecture.md, "Disclosures"). */
@Service
public class DisclosureService {

  private final DisclosureRepository disclosures;
  private final Clock clock;

  DisclosureService(DisclosureRepository disclosures, Clock clock) {
    this.disclosures = disclosures;
    this.clock = clock;
  }

  /** Recorded in the same transaction as the disclosure itself: no disclosure goes unrecorded. */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public void record(DisclosureRecord record) {
    disclosures.save(new Disclosure(record, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<DisclosureView> forResident(long residentId) {
    return disclosures.findByResidentIdOrderByDisclosedAtAscIdAsc(residentId).stream().map(Disclosure::view).toList();
  }
}
