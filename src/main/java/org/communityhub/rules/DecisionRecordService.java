package org.communityhub.rules;

import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The recorded decisions, for the features whose requests they are about. */
@Service
public class DecisionRecordService {

  private final DecisionRecords records;

  DecisionRecordService(DecisionRecords records) {
    this.records = records;
  }

  /**
   * Erasure and retention: what these requests' decisions were given (age, needs, vulnerability)
   * goes with the resident, in the erasure's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int eraseForRequests(Collection<Long> requestIds) {
    return records.deleteForRequests(requestIds);
  }
}
