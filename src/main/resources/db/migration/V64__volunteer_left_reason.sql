-- Why and when a volunteer left, as the coordinator recorded it on the staff desk (null: not
-- recorded, e.g. left through the staff API). Portable SQL: runs on H2 (default run) and PostgreSQL.
alter table volunteer add column left_reason varchar(500);
alter table volunteer add column left_at timestamp with time zone;
-- the number on the volunteer's current DBS certificate, as recorded on the staff desk (12 digits)
alter table volunteer add column dbs_certificate_number varchar(12);
