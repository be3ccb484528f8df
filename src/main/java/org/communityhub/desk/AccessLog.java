package org.communityhub.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who opened which resident's details on the desk, and when. Pages record the view before they
 * show anything: if the record cannot be written, the details are not shown.
 */
@Service
public class AccessLog {

  /** The most recent entries a list shows. */
  static final int LIST_LIMIT = 500;
  private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

  public record Entry(long residentId, String staffUser, DeskPage page, String requestReference, Instant accessedAt) {}

  private final ResidentAccessRepository accesses;
  private final Clock clock;

  AccessLog(ResidentAccessRepository accesses, Clock clock) {
    this.accesses = accesses;
    this.clock = clock;
  }

  @Transactional
  public void recordViews(String staffUser, DeskPage page, Collection<Long> residentIds, String requestReference) {
    Instant now = clock.instant();
    accesses.saveAll(residentIds.stream()
        .map(resident -> new ResidentAccess(resident, staffUser, page, requestReference, now)).toList());
    log.debug("Desk page {} showed {} resident(s) to {}", page, residentIds.size(), staffUser);
  }

  @Transactional(readOnly = true)
  public List<Entry> forResident(long residentId) {
    return accesses.findByResidentIdOrderByAccessedAtDescIdDesc(residentId, PageRequest.of(0, LIST_LIMIT)).stream()
        .map(ResidentAccess::entry).toList();
  }

  @Transactional(readOnly = true)
  public List<Entry> byStaffMember(String staffUser) {
    return accesses.findByStaffUserOrderByAccessedAtDescIdDesc(staffUser, PageRequest.of(0, LIST_LIMIT)).stream()
        .map(ResidentAccess::entry).toList();
  }
}
