-- Reports (issue 14) read the hub's own tables, not Camunda's history (its cleanup removes it), so
-- the request keeps when each step of its response happened, written where the step happens.
-- Owned by intake, which owns help_request. Portable SQL: runs on H2 (default run) and PostgreSQL.

-- when the priority's promise falls due (eligibility Priority.dueBy, the one definition), set with the priority
alter table help_request add column due_by timestamp with time zone;
-- the first offer to a volunteer, the assignment (volunteer or organisation), the help given (outcome DONE)
alter table help_request add column first_offered_at timestamp with time zone;
alter table help_request add column assigned_at timestamp with time zone;
alter table help_request add column helped_at timestamp with time zone;
-- the resident had asked before (new against returning residents); V76 fills it for earlier requests
alter table help_request add column returning_resident boolean default false not null;

-- every report reads a range of received dates
create index help_request_created_idx on help_request (created_at);
