package org.communityhub.dispatch;

import java.time.Instant;
import java.util.Set;
import org.communityhub.eligibility.Priority;
import org.communityhub.volunteers.DbsLevel;
import org.communityhub.volunteers.Skill;

/** The job offered to volunteers: what, where, when, and what it requires. */
record VolunteerTask(
    long id,
    long requestId,
    long residentId,
    String district,
    Priority priority,
    Set<Skill> requiredSkills,
    DbsLevel requiredDbs,
    String needSummary,
    Instant windowStart,
    Instant windowEnd,
    SearchScope scope,
    int round) {}
