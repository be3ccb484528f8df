package org.communityhub.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communityhub.area.AreaService;
import org.communityhub.eligibility.Priority;
import org.communityhub.intake.RequestProgress;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.Skill;
import org.communityhub.volunteers.VolunteerMatching;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Dispatch's own tables (volunteer_task, volunteer_offer, volunteer_assignment): the reads and the
 * writes that more than one of dispatch's services make. Runs in the caller's transaction.
 */
@Component
class DispatchRecords {

  private final JdbcTemplate jdbc;
  private final VolunteerMatching matching;
  private final AreaService area;
  private final RequestProgress progress;

  DispatchRecords(JdbcTemplate jdbc, VolunteerMatching matching, AreaService area, RequestProgress progress) {
    this.jdbc = jdbc;
    this.matching = matching;
    this.area = area;
    this.progress = progress;
  }

  /** The request's first offer, assignment or help given, for reports (intake keeps the first of each). */
  void recordOffered(long taskId, Instant now) {
    progress.firstOffered(requestOf(taskId), now);
  }

  void recordAssigned(long taskId, Instant now) {
    progress.assigned(requestOf(taskId), now);
  }

  void recordHelped(long taskId, Instant now) {
    progress.helped(requestOf(taskId), now);
  }

  private long requestOf(long taskId) {
    return jdbc.queryForObject("select request_id from volunteer_task where id = ?", Long.class, taskId);
  }

  VolunteerTask task(long taskId) {
    return jdbc.queryForObject("""
        select id, request_id, resident_id, district, priority, required_skills, required_dbs, need_summary,
               window_start, window_end, search_scope, search_round
        from volunteer_task where id = ?""", (rs, n) -> new VolunteerTask(rs.getLong(1), rs.getLong(2), rs.getLong(3),
        rs.getString(4), Priority.valueOf(rs.getString(5)), skills(rs.getString(6)), DbsLevel.valueOf(rs.getString(7)),
        rs.getString(8), instant(rs, 9), instant(rs, 10), SearchScope.valueOf(rs.getString(11)), rs.getInt(12)), taskId);
  }

  /** An offer with what the volunteer page shows before acceptance. */
  record OfferRow(long id, long taskId, long volunteerId, String status, long requestId, long residentId,
      String districtName, String needSummary, Instant windowStart, Instant windowEnd, String outcome) {}

  Optional<OfferRow> offer(long offerId) {
    return jdbc.query("""
        select o.id, o.task_id, o.volunteer_id, o.status, t.request_id, t.resident_id,
               t.district, t.need_summary, t.window_start, t.window_end, a.outcome
        from volunteer_offer o
        join volunteer_task t on t.id = o.task_id
        left join volunteer_assignment a on a.offer_id = o.id
        where o.id = ?""", (rs, n) -> new OfferRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
        rs.getLong(5), rs.getLong(6), area.label(rs.getString(7)), rs.getString(8), instant(rs, 9), instant(rs, 10),
        rs.getString(11)), offerId).stream().findFirst();
  }

  void setTaskStatus(long taskId, String status) {
    jdbc.update("update volunteer_task set status = ? where id = ?", status, taskId);
  }

  /** The task's one assignment (volunteer_assignment_task_uk refuses a second). */
  void assign(long taskId, long volunteerId, long residentId, Long offerId, Instant now) {
    jdbc.update("""
        insert into volunteer_assignment (task_id, volunteer_id, resident_id, offer_id, active_volunteer_id, assigned_at)
        values (?, ?, ?, ?, ?, ?)""", taskId, volunteerId, residentId, offerId, volunteerId, now.atOffset(ZoneOffset.UTC));
    // fairness kept on the row the matcher reads in rank order (FairnessRecount ages it)
    matching.recordAssignment(volunteerId, now);
    setTaskStatus(taskId, "ASSIGNED");
    recordAssigned(taskId, now);
  }

  /** Withdraws an offer the task may still have open, so that volunteer can be asked again later. */
  void withdrawOpenOffers(long taskId) {
    List<Long> offered = jdbc.queryForList(
        "select volunteer_id from volunteer_offer where task_id = ? and status = 'OPEN'", Long.class, taskId);
    jdbc.update("update volunteer_offer set status = 'WITHDRAWN', open_volunteer_id = null where task_id = ? and status = 'OPEN'", taskId);
    offered.forEach(this::refreshEngaged);
  }

  /**
   * engaged: the volunteer holds an open offer or an assignment in hand (matching skips them). The
   * volunteer's row is locked before dispatch's rows are read, so of two changes at once the later
   * one reads what the earlier committed.
   */
  void refreshEngaged(long volunteerId) {
    matching.lockForUpdate(volunteerId);
    boolean engaged = jdbc.queryForObject("""
        select case when exists (select 1 from volunteer_offer o where o.open_volunteer_id = ?)
                      or exists (select 1 from volunteer_assignment a where a.active_volunteer_id = ?)
               then 1 else 0 end""", Integer.class, volunteerId, volunteerId) == 1;
    matching.markEngaged(volunteerId, engaged);
  }

  private static Set<Skill> skills(String list) {
    Set<Skill> skills = EnumSet.noneOf(Skill.class);
    Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).map(Skill::valueOf).forEach(skills::add);
    return skills;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
