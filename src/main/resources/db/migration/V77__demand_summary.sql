-- The demand report's summary (issue 14, owned by intake): requests counted per UK day and per the
-- report's dimensions, so a year of demand is a few thousand summary rows, not a million requests.
-- intake/DemandSummary rebuilds a day's rows whenever a request received that day has changed
-- (help_request.updated_at). Portable SQL: runs on H2 (default run, which reserves the word day) and
-- PostgreSQL.
create table help_request_day (
  received_on         date not null,
  district            varchar(8) not null,
  channel             varchar(20) not null,
  priority            varchar(2) not null,
  outcome             varchar(12) not null,
  returning_resident  boolean not null,
  requests            bigint not null
);
create index help_request_day_idx on help_request_day (received_on);

create table help_request_need_day (
  received_on  date not null,
  need      varchar(30) not null,
  requests  bigint not null
);
create index help_request_need_day_idx on help_request_need_day (received_on);

-- how far the summary has been brought up to date: requests changed after this are counted again
create table help_request_day_refresh (
  id              integer primary key,
  changed_before  timestamp with time zone
);

-- which requests changed since the last refresh
create index help_request_updated_idx on help_request (updated_at);

-- the one row every refresh locks first, so two nodes never recount the same day at once; null: never built
insert into help_request_day_refresh (id, changed_before) values (1, null);
