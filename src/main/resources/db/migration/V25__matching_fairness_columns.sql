-- Matching at a million volunteers (issue 5): what the ranking orders by is kept on the volunteer,
-- so the best candidate of a district is the first entry of an index instead of the result of
-- counting every candidate's assignments. Portable SQL: runs on H2 (default run) and PostgreSQL.

-- assignments in the recent period (hub.dispatch.recent-assignments-period): +1 on assignment;
-- FairnessRecount counts again once the oldest counted one has left the period
alter table volunteer add column recent_assignments integer default 0 not null;
-- when the oldest assignment counted in recent_assignments was made (null: none counted)
alter table volunteer add column recent_oldest_at timestamp with time zone;
-- true while the volunteer holds an open offer or an assignment in hand: matching skips them
-- through the index, and a concurrent matcher that locked the row re-reads this on the row itself
alter table volunteer add column engaged boolean default false not null;

-- Every assignment so far; the recount at start-up keeps only those in the configured period.
update volunteer set
  recent_assignments = (select count(*) from volunteer_assignment a where a.volunteer_id = volunteer.id),
  recent_oldest_at = (select min(a.assigned_at) from volunteer_assignment a where a.volunteer_id = volunteer.id);
update volunteer set engaged = true
where exists (select 1 from volunteer_offer o where o.open_volunteer_id = volunteer.id)
   or exists (select 1 from volunteer_assignment a where a.active_volunteer_id = volunteer.id);

-- The ranking's order within a home district: fewest recent assignments, longest idle (never
-- assigned first), then the longest-serving volunteer.
create index volunteer_matching_idx on volunteer
  (home_district, status, engaged, recent_assignments, last_assigned_at nulls first, id);
create index volunteer_recent_oldest_idx on volunteer (recent_oldest_at);
-- a prefix of volunteer_matching_idx
drop index volunteer_home_status_idx;
