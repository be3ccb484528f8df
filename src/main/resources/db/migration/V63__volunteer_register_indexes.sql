-- The coordinators' volunteer register on the staff desk (VolunteerRegister): ~50,000 volunteers,
-- listed by name a page at a time and filtered by district, status, DBS state and time idle.
-- Skills use volunteer_skill_skill_idx (V10); district and status volunteer_home_status_idx (V10).
-- Portable SQL: runs on H2 (default run) and PostgreSQL.

-- the register's order: a page is the next 50 entries of this index
create index volunteer_register_name_idx on volunteer (last_name, first_name, id);
-- DBS state: valid, expired and expiring soon are ranges of the issue date
create index volunteer_register_dbs_idx on volunteer (dbs_level, dbs_issued_on);
-- idle for N days: never deployed, or last deployed before a day
create index volunteer_register_idle_idx on volunteer (last_assigned_at);
