-- Erasures of residents' data (on request, or by the retention job): what the law asks us to keep
-- about the erasure itself, and nothing about the person.
create sequence erasure_event_seq start with 1 increment by 50;

create table erasure_event (
  id              bigint primary key,
  resident_id     bigint not null,
  requests        integer not null,
  reason          varchar(500) not null,
  requested_by    varchar(100) not null,
  erased_at       timestamp with time zone not null
);
create index erasure_event_resident_idx on erasure_event (resident_id);

-- When a request's free text was erased with its resident.
alter table help_request add column erased_at timestamp with time zone;
