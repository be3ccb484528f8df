package org.communityhub.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.communityhub.eligibility.Priority;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds requests straight into the hub's tables with known answers, in months no other test uses,
 * each with its own resident and reference, so duplicate detection and other tests' data
 * cannot change the counts.
 */
class ReportFixture {

  private final JdbcTemplate jdbc;
  private long nextResident;
  private long residentsLeft;
  private long nextRequest;
  private long requestsLeft;

  ReportFixture(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A resident of their own (ids from the hub's sequence, so the hub's own inserts never collide). */
  long resident() {
    if (residentsLeft == 0) {
      nextResident = jdbc.queryForObject("select nextval('resident_seq')", Long.class);
      residentsLeft = 50;
    }
    long id = nextResident++;
    residentsLeft--;
    jdbc.update("""
        insert into resident (id, first_name, last_name, date_of_birth, address_line1, town, postcode, name_key,
                              address_key, created_at, updated_at)
        values (?, 'Report', ?, date '1940-01-01', '1 Report Street', 'St Helens', 'WA10 1AA', ?, ?, now(), now())""",
        id, "Resident" + id, "report resident" + id, "WA101AA|" + id + "reportstreet");
    return id;
  }

  /** A request as the hub records it; returns its reference. Null times: the step was not reached. */
  String request(long resident, boolean returning, Instant received, String district, String channel, Priority priority,
      String status, String outcome, String need, Instant offered, Instant assigned, Instant helped, Instant closed) {
    if (requestsLeft == 0) {
      nextRequest = jdbc.queryForObject("select nextval('help_request_seq')", Long.class);
      requestsLeft = 50;
    }
    long id = nextRequest++;
    requestsLeft--;
    String reference = "HR-R" + id;
    jdbc.update("""
        insert into help_request (id, reference, resident_id, channel, status, urgency, support_network_available,
                                  shielding, disability, self_isolating, consent_share_with_partners,
                                  consent_volunteer_contact, postcode_district, eligibility_outcome, priority,
                                  created_at, updated_at, closed_at, due_by, first_offered_at, assigned_at, helped_at,
                                  returning_resident)
        values (?, ?, ?, ?, ?, 'SOON', false, false, false, false, true, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, reference, resident, channel, status, district, outcome, priority == null ? null : priority.name(),
        // updated now, as the hub's own writes are: the demand summary counts the day again
        utc(received), utc(Instant.now()), utc(closed), priority == null ? null : utc(priority.dueBy(received)),
        utc(offered), utc(assigned), utc(helped), returning);
    jdbc.update("insert into help_request_need (request_id, need) values (?, ?)", id, need);
    return reference;
  }

  long requestId(String reference) {
    return jdbc.queryForObject("select id from help_request where reference = ?", Long.class, reference);
  }

  /** A referral sent to the partner with this code; acknowledged (or not) and escalated this many times. */
  void referral(String reference, String partnerCode, Instant sent, Instant acknowledged, int escalations,
      String status) {
    long id = jdbc.queryForObject("select nextval('referral_seq')", Long.class);
    long partner = jdbc.queryForObject("select id from partner where code = ?", Long.class, partnerCode);
    jdbc.update("""
        insert into referral (id, request_id, partner_id, status, priority, safeguarding, escalations, created_at,
                              sent_at, acknowledged_at, version)
        values (?, ?, ?, ?, 'P2', false, ?, ?, ?, ?, 0)""", id, requestId(reference), partner, status, escalations,
        utc(sent), utc(sent), utc(acknowledged));
  }

  static Instant at(String instant) {
    return Instant.parse(instant);
  }

  static Instant plus(Instant instant, Duration duration) {
    return instant.plus(duration);
  }

  private static Object utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
