-- Removes the demo's volunteers, partners and organisations (db/demo) from a PostgreSQL database,
-- so that the production hub will start on it:
--   psql "postgresql://hub@db.example.internal:5432/hub" -f docs/remove-demo-data.sql
-- Back the database up first. It deletes only the demo's own rows (known by their demo email
-- addresses, demo client ids and demo names) and Flyway's record that the demo migrations ran.
-- If a demo volunteer, partner or organisation has already taken part in real work (offers,
-- referrals, assignments), PostgreSQL refuses the delete and nothing is changed: that database has
-- been used with the demo, and the production hub should start on an empty database instead.
\set ON_ERROR_STOP on
begin;

delete from volunteer where email in (
  'asha.patel@example.org', 'tom.byrne@example.org', 'gwen.roberts@example.org', 'kojo.mensah@example.org',
  'siobhan.kelly@example.org', 'dev.sharma@example.org', 'niamh.walsh@example.org');

delete from data_sharing_agreement where partner_id in (
  select id from partner where client_id in ('asc-demo', 'nhs-demo', 'housing-demo', 'foodbank-demo', 'cvs-demo'));
delete from partner where client_id in ('asc-demo', 'nhs-demo', 'housing-demo', 'foodbank-demo', 'cvs-demo');
delete from oauth2_registered_client where client_id in ('foodbank-demo', 'housing-demo');

delete from organisation where name_key in ('corner stores st helens', 'rainhill vans', 'haydock good neighbours');

delete from flyway_schema_history where version in ('10.1', '20.1', '24.1');

commit;
