-- The whole-council-area search (the last resort of matching) needs the few volunteers from far
-- away who travel to a district, without reading everyone who lives near it: the travel rows carry
-- the volunteer's home district, kept equal to volunteer.home_district by the foreign key below
-- (a move cascades). Portable SQL: runs on H2 (default run) and PostgreSQL.

alter table volunteer_district add column home_district varchar(8);
update volunteer_district set home_district =
  (select v.home_district from volunteer v where v.id = volunteer_district.volunteer_id);
alter table volunteer_district alter column home_district set not null;

alter table volunteer add constraint volunteer_id_home_uk unique (id, home_district);
alter table volunteer_district add constraint volunteer_district_home_fk
  foreign key (volunteer_id, home_district) references volunteer (id, home_district) on update cascade;

create index volunteer_district_travel_idx on volunteer_district (district, home_district, volunteer_id);
-- a prefix of volunteer_district_travel_idx
drop index volunteer_district_district_idx;
