-- The hub's own tables. Camunda keeps its ACT_* tables beside them; process variables hold only
-- ids and routing facts, the resident's details live here.

create sequence resident_seq start with 1 increment by 50;

create table resident (
  id             bigint primary key,
  first_name     varchar(100) not null,
  last_name      varchar(100) not null,
  date_of_birth  date not null,
  phone          varchar(20),
  email          varchar(254),
  address_line1  varchar(200) not null,
  address_line2  varchar(200),
  town           varchar(100) not null,
  postcode       varchar(8) not null,
  -- normalised keys for duplicate detection (DESIGN 2.1)
  name_key       varchar(201) not null,
  address_key    varchar(220) not null,
  created_at     timestamp with time zone not null,
  updated_at     timestamp with time zone not null
);
create index resident_name_dob_idx on resident (name_key, date_of_birth);
create index resident_name_address_idx on resident (name_key, address_key);
create index resident_phone_idx on resident (phone);
create index resident_email_idx on resident (email);

create sequence help_request_seq start with 1 increment by 50;

create table help_request (
  id                           bigint primary key,
  -- derived from the id, so written just after the insert in the same transaction
  reference                    varchar(20),
  resident_id                  bigint not null references resident (id),
  channel                      varchar(20) not null,
  status                       varchar(30) not null,
  urgency                      varchar(20) not null,
  support_network_available    boolean not null,
  shielding                    boolean not null,
  disability                   boolean not null,
  self_isolating               boolean not null,
  consent_share_with_partners  boolean not null,
  consent_volunteer_contact    boolean not null,
  notes                        varchar(2000),
  attached_to_id               bigint references help_request (id),
  postcode_district            varchar(8),
  eligibility_outcome          varchar(20),
  priority                     varchar(2),
  partner_type                 varchar(30),
  eligibility_reason           varchar(500),
  decided_by                   varchar(100),
  signposted_to                varchar(500),
  submitted_by                 varchar(100),
  created_at                   timestamp with time zone not null,
  updated_at                   timestamp with time zone not null,
  closed_at                    timestamp with time zone,
  constraint help_request_reference_uk unique (reference)
);
create index help_request_resident_status_idx on help_request (resident_id, status);

create table help_request_need (
  request_id  bigint not null references help_request (id) on delete cascade,
  need        varchar(30) not null,
  primary key (request_id, need)
);

-- The council area: its postcode districts and which districts border which (volunteer
-- matching widens along these). Councils load their own; db/demo ships a demo borough.
create table area_district (
  code  varchar(8) primary key,
  name  varchar(100) not null
);

create table area_district_neighbour (
  district_code   varchar(8) not null references area_district (code),
  neighbour_code  varchar(8) not null references area_district (code),
  primary key (district_code, neighbour_code)
);

-- Where to send residents from outside the area: by postcode district (e.g. WA1) or area (e.g. WA).
create table council_signpost (
  postcode_prefix  varchar(8) primary key,
  council_name     varchar(150) not null,
  website          varchar(300) not null
);
