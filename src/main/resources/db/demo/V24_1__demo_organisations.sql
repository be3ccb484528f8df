-- Demo organisations that offered help (embedded default run and tests). Contacts are fictional:
-- Ofcom drama-range numbers and example.org emails.
insert into organisation (name, name_key, kind, contact_name, contact_phone, contact_email, capacity, capacity_left, created_at) values
  ('Corner Stores St Helens', 'corner stores st helens', 'SHOP', 'Priya Shah', '01632960101', 'deliveries@cornerstores.example.org', 5, 5, current_timestamp),
  ('Rainhill Vans', 'rainhill vans', 'BUSINESS', 'Lee Carter', '01632960102', null, 2, 2, current_timestamp),
  ('Haydock Good Neighbours', 'haydock good neighbours', 'CHARITY', 'Mary Doyle', null, 'help@haydockgoodneighbours.example.org', 3, 3, current_timestamp);

insert into organisation_skill (organisation_id, skill)
select o.id, s.skill from organisation o join (
  select 'corner stores st helens' as name_key, 'SHOPPING' as skill union all
  select 'corner stores st helens', 'PRESCRIPTION_COLLECTION' union all
  select 'rainhill vans', 'DRIVING' union all
  select 'rainhill vans', 'SHOPPING' union all
  select 'haydock good neighbours', 'SHOPPING' union all
  select 'haydock good neighbours', 'DOG_WALKING'
) s on s.name_key = o.name_key;

insert into organisation_district (organisation_id, district)
select o.id, d.code from organisation o join (
  select 'corner stores st helens' as name_key, 'WA10' as code union all
  select 'corner stores st helens', 'WA9' union all
  select 'rainhill vans', 'L35' union all
  select 'rainhill vans', 'L34' union all
  select 'rainhill vans', 'WA10' union all
  select 'haydock good neighbours', 'WA11' union all
  select 'haydock good neighbours', 'WA12'
) d on d.name_key = o.name_key;
