-- Partners, their data-sharing agreements, referrals to them, and every disclosure of a
-- resident's personal data.

create table partner (
  id                  bigint primary key,
  code                varchar(50) not null,
  name                varchar(200) not null,
  partner_type        varchar(30) not null,
  contact_email       varchar(254) not null,
  escalation_email    varchar(254) not null,
  -- the OAuth2 client the partner signs in with (oauth2_registered_client.client_id)
  client_id           varchar(100),
  active              boolean not null,
  constraint partner_code_uk unique (code),
  constraint partner_client_uk unique (client_id)
);
create index partner_type_idx on partner (partner_type, active);

-- What a partner may be told, why it is lawful, and how fast it must acknowledge a referral.
create table data_sharing_agreement (
  partner_id          bigint primary key references partner (id),
  allowed_fields      varchar(500) not null,
  lawful_basis        varchar(500) not null,
  ack_sla_p1          varchar(20) not null,
  ack_sla_p2          varchar(20) not null,
  ack_sla_p3          varchar(20) not null
);

create sequence referral_seq start with 1 increment by 50;

create table referral (
  id                  bigint primary key,
  request_id          bigint not null references help_request (id),
  partner_id          bigint not null references partner (id),
  status              varchar(20) not null,
  priority            varchar(2) not null,
  safeguarding        boolean not null,
  lawful_basis        varchar(500),
  reason              varchar(1000),
  decline_reason      varchar(1000),
  outcome             varchar(1000),
  escalations         integer not null,
  created_at          timestamp with time zone not null,
  sent_at             timestamp with time zone,
  acknowledged_at     timestamp with time zone,
  accepted_at         timestamp with time zone,
  closed_at           timestamp with time zone,
  version             bigint not null
);
create index referral_partner_status_idx on referral (partner_id, status);
create index referral_request_idx on referral (request_id);

create sequence disclosure_seq start with 1 increment by 50;

-- Who was told what about whom, when, and on what lawful basis.
create table disclosure (
  id                  bigint primary key,
  resident_id         bigint not null references resident (id),
  request_id          bigint references help_request (id),
  recipient_type      varchar(20) not null,
  recipient           varchar(200) not null,
  fields              varchar(500) not null,
  lawful_basis        varchar(500) not null,
  purpose             varchar(200) not null,
  disclosed_by        varchar(100) not null,
  disclosed_at        timestamp with time zone not null
);
create index disclosure_resident_idx on disclosure (resident_id, disclosed_at);

-- A partner's retried POST with the same Idempotency-Key gets the first answer again.
create table idempotency_record (
  partner_id          bigint not null references partner (id),
  idempotency_key     varchar(100) not null,
  request_hash        varchar(64) not null,
  response_status     integer not null,
  response_body       varchar(4000) not null,
  created_at          timestamp with time zone not null,
  primary key (partner_id, idempotency_key)
);

-- Spring Authorization Server's registered clients (one per partner); secrets are stored hashed.
create table oauth2_registered_client (
  id                            varchar(100) not null,
  client_id                     varchar(100) not null,
  client_id_issued_at           timestamp default current_timestamp not null,
  client_secret                 varchar(200) default null,
  client_secret_expires_at      timestamp default null,
  client_name                   varchar(200) not null,
  client_authentication_methods varchar(1000) not null,
  authorization_grant_types     varchar(1000) not null,
  redirect_uris                 varchar(1000) default null,
  post_logout_redirect_uris     varchar(1000) default null,
  scopes                        varchar(1000) not null,
  client_settings               varchar(2000) not null,
  token_settings                varchar(2000) not null,
  primary key (id)
);
