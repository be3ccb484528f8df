package org.communityhub.dispatch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What dispatch did for one request, read-only, for the staff desk's timeline: each offer to a
 * volunteer and its answer, the assignment, and the outcome the volunteer reported.
 */
@Service
public class DispatchHistory {

  /** One step; volunteers are named by their reference (V-000123), never by name. */
  public record Event(Instant at, Kind kind, String volunteerReference, Outcome outcome) {}

  public enum Kind { OFFER_SENT, OFFER_DECLINED, OFFER_EXPIRED, OFFER_WITHDRAWN, ASSIGNED, OUTCOME_REPORTED }

  private final JdbcTemplate jdbc;

  DispatchHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<Event> forRequest(long requestId) {
    List<Event> events = new ArrayList<>();
    jdbc.query("""
        select o.volunteer_id, o.status, o.offered_at, o.answered_at
        from volunteer_offer o join volunteer_task t on t.id = o.task_id
        where t.request_id = ? order by o.id""", row -> {
      String volunteer = reference(row.getLong("volunteer_id"));
      events.add(new Event(instant(row.getTimestamp("offered_at")), Kind.OFFER_SENT, volunteer, null));
      Instant answered = instant(row.getTimestamp("answered_at"));
      Kind answer = switch (row.getString("status")) {
        case "DECLINED" -> Kind.OFFER_DECLINED;
        case "EXPIRED" -> Kind.OFFER_EXPIRED;
        case "WITHDRAWN" -> Kind.OFFER_WITHDRAWN;
        default -> null; // open, or accepted: the assignment says so
      };
      if (answer != null && answered != null) {
        events.add(new Event(answered, answer, volunteer, null));
      }
    }, requestId);
    jdbc.query("""
        select a.volunteer_id, a.assigned_at, a.outcome, a.reported_at
        from volunteer_assignment a join volunteer_task t on t.id = a.task_id
        where t.request_id = ? order by a.id""", row -> {
      String volunteer = reference(row.getLong("volunteer_id"));
      events.add(new Event(instant(row.getTimestamp("assigned_at")), Kind.ASSIGNED, volunteer, null));
      Instant reported = instant(row.getTimestamp("reported_at"));
      if (row.getString("outcome") != null && reported != null) {
        events.add(new Event(reported, Kind.OUTCOME_REPORTED, volunteer, Outcome.valueOf(row.getString("outcome"))));
      }
    }, requestId);
    events.sort(Comparator.comparing(Event::at));
    return events;
  }

  /** An offer made to a volunteer: for which request, what was asked, and how it ended (OPEN while waiting). */
  public record VolunteerOffer(long requestId, String needSummary, Instant offeredAt, String status,
      Instant answeredAt) {}

  /** A task a volunteer took on, and the outcome they reported (null: not yet). No notes: they may name the resident. */
  public record VolunteerAssignment(long requestId, String needSummary, Instant assignedAt, Outcome outcome,
      Instant reportedAt) {}

  public record VolunteerWork(List<VolunteerOffer> offers, List<VolunteerAssignment> assignments) {}

  /** What one volunteer was offered and took on, newest first, for the coordinators' volunteer page. */
  @Transactional(readOnly = true)
  public VolunteerWork forVolunteer(long volunteerId) {
    List<VolunteerOffer> offers = jdbc.query("""
        select t.request_id, t.need_summary, o.offered_at, o.status, o.answered_at
        from volunteer_offer o join volunteer_task t on t.id = o.task_id
        where o.volunteer_id = ? order by o.offered_at desc, o.id desc""", (row, n) -> new VolunteerOffer(
        row.getLong(1), row.getString(2), instant(row.getTimestamp(3)), row.getString(4),
        instant(row.getTimestamp(5))), volunteerId);
    List<VolunteerAssignment> assignments = jdbc.query("""
        select t.request_id, t.need_summary, a.assigned_at, a.outcome, a.reported_at
        from volunteer_assignment a join volunteer_task t on t.id = a.task_id
        where a.volunteer_id = ? order by a.assigned_at desc, a.id desc""", (row, n) -> new VolunteerAssignment(
        row.getLong(1), row.getString(2), instant(row.getTimestamp(3)),
        row.getString(4) == null ? null : Outcome.valueOf(row.getString(4)), instant(row.getTimestamp(5))),
        volunteerId);
    return new VolunteerWork(offers, assignments);
  }

  private static String reference(long volunteerId) {
    return "V-%06d".formatted(volunteerId);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
