package org.communityhub.dispatch;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.HelpRequest;
import org.communityhub.intake.IntakeService;
import org.communityhub.intake.RequestCard;
import org.communityhub.volunteers.DbsRequirement;
import org.communityhub.volunteers.Skill;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The task built from a request, and how far the search for a volunteer reaches. */
@Service
public class DispatchTaskService {

  private final JdbcTemplate jdbc;
  private final EntityManager entityManager;
  private final IntakeService intake;
  private final DbsRequirement dbsRequirement;
  private final DispatchRecords records;
  private final DispatchSettings settings;
  private final Clock clock;

  DispatchTaskService(JdbcTemplate jdbc, EntityManager entityManager, IntakeService intake,
      DbsRequirement dbsRequirement, DispatchRecords records, DispatchSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.entityManager = entityManager;
    this.intake = intake;
    this.dbsRequirement = dbsRequirement;
    this.records = records;
    this.settings = settings;
    this.clock = clock;
  }

  /** The task built from a request, with the timer durations the process uses. */
  public record BuiltTask(long taskId, String district, String needSummary, Duration offerTimeout, Duration chaseAfter) {}

  @Transactional
  public BuiltTask buildTask(long requestId) {
    HelpRequest request = intake.find(requestId).orElseThrow(
        () -> new IllegalStateException("No help request " + requestId));
    if (request.getPostcodeDistrict() == null || request.getPriority() == null) {
      throw new IllegalStateException("Help request " + requestId + " has no district or priority yet");
    }
    // Intake registered the request through JPA in this same transaction: write it out before
    // the task row (plain SQL) refers to it.
    entityManager.flush();
    Priority priority = request.getPriority();
    TaskRequirements requirements = TaskRequirements.of(request.getNeeds(), dbsRequirement::requiredFor);
    Instant now = clock.instant();
    TaskWindow window = TaskWindow.of(now, settings.window(priority), settings.daytime(),
        settings.daytime().overnight().contains(priority));
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          insert into volunteer_task (request_id, resident_id, district, priority, required_skills, required_dbs,
              need_summary, window_start, window_end, search_scope, search_round, status, created_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DISTRICT', 1, 'OPEN', ?)""", new String[] {"id"});
      insert.setLong(1, requestId);
      insert.setLong(2, request.getResidentId());
      insert.setString(3, request.getPostcodeDistrict());
      insert.setString(4, priority.name());
      insert.setString(5, requirements.skills().stream().map(Skill::name).collect(Collectors.joining(",")));
      insert.setString(6, requirements.dbs().name());
      insert.setString(7, requirements.summary());
      insert.setObject(8, window.start().atOffset(ZoneOffset.UTC));
      insert.setObject(9, window.end().atOffset(ZoneOffset.UTC));
      insert.setObject(10, now.atOffset(ZoneOffset.UTC));
      return insert;
    }, key);
    return new BuiltTask(key.getKey().longValue(), request.getPostcodeDistrict(), requirements.summary(),
        settings.offerTimeout(priority), settings.chaseAfter(priority));
  }

  @Transactional(readOnly = true)
  public SearchScope scopeOf(long taskId) {
    return records.task(taskId).scope();
  }

  /** Widens the search one step: district → neighbouring districts → the whole council area. */
  @Transactional
  public SearchScope widenSearch(long taskId) {
    SearchScope wider = records.task(taskId).scope().wider();
    jdbc.update("update volunteer_task set search_scope = ? where id = ?", wider.name(), taskId);
    return wider;
  }

  /** A coordinator's 're-run matching': a new round from the district, asking everyone again. */
  @Transactional
  public void rerunMatching(long taskId) {
    jdbc.update("update volunteer_task set search_scope = 'DISTRICT', search_round = search_round + 1 where id = ?", taskId);
  }

  /** For each of these requests, how far dispatch has got; a request dispatch has not seen is NOT_STARTED. */
  @Transactional(readOnly = true)
  public Map<Long, HelpArrangement> arrangementsOf(Collection<Long> requestIds) {
    Map<Long, HelpArrangement> arrangements = new LinkedHashMap<>();
    requestIds.forEach(id -> arrangements.put(id, HelpArrangement.NOT_STARTED));
    if (requestIds.isEmpty()) {
      return arrangements;
    }
    String placeholders = String.join(",", Collections.nCopies(requestIds.size(), "?"));
    jdbc.query("""
        select t.request_id, t.status,
               exists (select 1 from volunteer_offer o where o.task_id = t.id and o.status = 'OPEN') as offer_out
        from volunteer_task t where t.request_id in (%s)""".formatted(placeholders), rs -> {
      long requestId = rs.getLong(1);
      HelpArrangement found = !"OPEN".equals(rs.getString(2)) ? HelpArrangement.ARRANGED
          : rs.getBoolean(3) ? HelpArrangement.OFFER_OUT : HelpArrangement.NO_VOLUNTEER_YET;
      // a request with several tasks counts as far as its furthest one
      arrangements.merge(requestId, found, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }, requestIds.toArray());
    return arrangements;
  }

  /** What a dispatch task shows in Tasklist: the request's card (see intake.RequestCard). */
  @Transactional(readOnly = true)
  public RequestCard requestCard(long requestId) {
    return intake.card(requestId);
  }

  /**
   * The request was withdrawn on the staff desk: its tasks stop, open offers are withdrawn and a
   * volunteer holding it is free again (matching may ask them for other work). The process itself
   * is ended by intake, whose process called dispatch.
   */
  @Transactional
  public void withdrawRequest(long requestId) {
    List<Long> taskIds = jdbc.queryForList(
        "select id from volunteer_task where request_id = ? and status in ('OPEN', 'ASSIGNED', 'ORGANISATION')",
        Long.class, requestId);
    for (long taskId : taskIds) {
      List<Long> volunteers = jdbc.queryForList(
          "select volunteer_id from volunteer_offer where task_id = ? and status = 'OPEN'"
              + " union select volunteer_id from volunteer_assignment where task_id = ? and active_volunteer_id is not null",
          Long.class, taskId, taskId);
      jdbc.update("update volunteer_offer set status = 'WITHDRAWN', open_volunteer_id = null, answered_at = ?"
          + " where task_id = ? and status = 'OPEN'", clock.instant().atOffset(ZoneOffset.UTC), taskId);
      jdbc.update("update volunteer_assignment set active_volunteer_id = null where task_id = ? and outcome is null",
          taskId);
      records.setTaskStatus(taskId, "WITHDRAWN");
      volunteers.forEach(records::refreshEngaged);
    }
  }

  @Transactional
  public void closeRequest(long requestId) {
    intake.closeRequest(requestId);
  }
}
