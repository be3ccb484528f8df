-- Demo volunteers for the demo borough (embedded default run and tests). Phone numbers are in
-- Ofcom's drama range and emails on example.org: nothing here reaches a real person.
insert into volunteer (first_name, last_name, email, phone, home_district, status, identity_verified,
                       dbs_level, dbs_issued_on, created_at) values
  ('Asha',    'Patel',   'asha.patel@example.org',    '07700900101', 'WA10', 'ACTIVE',  true,  'BASIC',    date '2025-03-01', current_timestamp),
  ('Tom',     'Byrne',   'tom.byrne@example.org',     '07700900102', 'WA9',  'ACTIVE',  true,  'NONE',     null,              current_timestamp),
  ('Gwen',    'Roberts', 'gwen.roberts@example.org',  '07700900103', 'WA11', 'ACTIVE',  true,  'ENHANCED', date '2024-09-15', current_timestamp),
  ('Kojo',    'Mensah',  'kojo.mensah@example.org',   '07700900104', 'WA12', 'ACTIVE',  true,  'BASIC',    date '2025-11-01', current_timestamp),
  ('Siobhan', 'Kelly',   'siobhan.kelly@example.org', '07700900105', 'L34',  'ACTIVE',  true,  'NONE',     null,              current_timestamp),
  -- DBS expired (issued over three years ago): not offered befriending until renewed
  ('Dev',     'Sharma',  'dev.sharma@example.org',    '07700900106', 'L35',  'ACTIVE',  true,  'ENHANCED', date '2022-05-01', current_timestamp),
  -- signed up, identity not yet checked: never offered anything
  ('Niamh',   'Walsh',   'niamh.walsh@example.org',   '07700900107', 'WA10', 'APPLIED', false, 'NONE',     null,              current_timestamp);

insert into volunteer_skill (volunteer_id, skill)
select v.id, s.skill from volunteer v join (
  select 'asha.patel@example.org' as email, 'SHOPPING' as skill union all
  select 'asha.patel@example.org', 'PRESCRIPTION_COLLECTION' union all
  select 'asha.patel@example.org', 'DRIVING' union all
  select 'tom.byrne@example.org', 'SHOPPING' union all
  select 'tom.byrne@example.org', 'PRESCRIPTION_COLLECTION' union all
  select 'tom.byrne@example.org', 'DOG_WALKING' union all
  select 'gwen.roberts@example.org', 'BEFRIENDING' union all
  select 'gwen.roberts@example.org', 'SHOPPING' union all
  select 'gwen.roberts@example.org', 'PRESCRIPTION_COLLECTION' union all
  select 'kojo.mensah@example.org', 'DRIVING' union all
  select 'kojo.mensah@example.org', 'SHOPPING' union all
  select 'kojo.mensah@example.org', 'DIGITAL_HELP' union all
  select 'siobhan.kelly@example.org', 'SHOPPING' union all
  select 'siobhan.kelly@example.org', 'PRESCRIPTION_COLLECTION' union all
  select 'siobhan.kelly@example.org', 'LANGUAGES' union all
  select 'dev.sharma@example.org', 'BEFRIENDING' union all
  select 'dev.sharma@example.org', 'DIGITAL_HELP' union all
  select 'niamh.walsh@example.org', 'SHOPPING'
) s on s.email = v.email;

insert into volunteer_district (volunteer_id, district)
select v.id, d.district from volunteer v join (
  select 'asha.patel@example.org' as email, 'WA10' as district union all
  select 'asha.patel@example.org', 'WA9' union all
  select 'asha.patel@example.org', 'WA11' union all
  select 'asha.patel@example.org', 'L35' union all
  select 'tom.byrne@example.org', 'WA9' union all
  select 'tom.byrne@example.org', 'WA10' union all
  select 'tom.byrne@example.org', 'WA12' union all
  select 'gwen.roberts@example.org', 'WA11' union all
  select 'gwen.roberts@example.org', 'WA10' union all
  select 'gwen.roberts@example.org', 'WA12' union all
  select 'kojo.mensah@example.org', 'WA12' union all
  select 'kojo.mensah@example.org', 'WA9' union all
  select 'kojo.mensah@example.org', 'WA11' union all
  select 'siobhan.kelly@example.org', 'L34' union all
  select 'siobhan.kelly@example.org', 'L35' union all
  select 'dev.sharma@example.org', 'L35' union all
  select 'dev.sharma@example.org', 'L34' union all
  select 'dev.sharma@example.org', 'WA9' union all
  select 'dev.sharma@example.org', 'WA10' union all
  select 'niamh.walsh@example.org', 'WA10'
) d on d.email = v.email;

-- Demo volunteers are available every day, so a demo request always finds someone.
insert into volunteer_availability (volunteer_id, day_of_week)
select v.id, d.day_of_week from volunteer v cross join (
  select 1 as day_of_week union all select 2 union all select 3 union all select 4
  union all select 5 union all select 6 union all select 7) d;
