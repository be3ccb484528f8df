-- Owned by the rules feature (docs/architecture.md): what a decision was given and what it gave,
-- per request, so a process owner can preview a changed rule against real past requests.
-- Routing facts only (age, needs, urgency, vulnerability flags, in area), never names or contacts;
-- erased with the resident and removed by retention like the request's other rows.
create sequence decision_record_seq start with 1 increment by 50;

create table decision_record (
  id                      bigint primary key,
  request_id              bigint not null,
  reference               varchar(20) not null,
  decision_key            varchar(100) not null,
  decision_version        integer not null,
  decision_definition_id  varchar(64) not null,
  matched_rules           varchar(500),
  inputs                  varchar(4000) not null,
  outputs                 varchar(2000) not null,
  district                varchar(8),
  decided_at              timestamp with time zone not null
);
create index decision_record_key_time_idx on decision_record (decision_key, decided_at);
create index decision_record_request_idx on decision_record (request_id);
