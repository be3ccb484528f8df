-- The times of day a volunteer is free (MORNING, AFTERNOON, EVENING), next to the days in
-- volunteer_availability. A volunteer with no rows here (signed up before, or from a CSV list)
-- is free at any time of the days they gave.
create table volunteer_time_of_day (
  volunteer_id  bigint not null references volunteer (id) on delete cascade,
  time_of_day   varchar(10) not null,
  primary key (volunteer_id, time_of_day),
  constraint volunteer_time_of_day_ck check (time_of_day in ('MORNING', 'AFTERNOON', 'EVENING'))
);
