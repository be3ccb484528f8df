-- The response report's summary (issue 14, owned by intake): per UK day and priority, how many
-- requests were received, how many for a volunteer were helped, in time and late, and for each step
-- (first offer, assignment, help given, closure) a histogram of how long it took (intake/MinuteHistogram:
-- bytes, to the nearest minute below 2 hours, 10 minutes below 2 days, hour beyond). Rebuilt with the
-- demand summary (intake/DemandSummary) whenever a request received that day changes. Portable SQL:
-- runs on H2 (default run) and PostgreSQL.
create table help_request_response_day (
  received_on     date not null,
  priority        varchar(2) not null,
  requests        bigint not null,
  helped          bigint not null,
  helped_in_time  bigint not null,
  helped_late     bigint not null,
  to_first_offer  bytea not null,
  to_assignment   bytea not null,
  to_help         bytea not null,
  to_closure      bytea not null
);
create index help_request_response_day_idx on help_request_response_day (received_on);

-- the summaries are refreshed together: build both again from nothing, so the days before this
-- migration get their response rows
update help_request_day_refresh set changed_before = null where id = 1;
