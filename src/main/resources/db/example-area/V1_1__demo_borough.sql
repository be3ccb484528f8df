-- Demo borough for the embedded default and the tests: six postcode districts around St Helens.
insert into area_district (code, name) values
  ('WA9',  'Sutton and Bold'),
  ('WA10', 'St Helens town centre'),
  ('WA11', 'Haydock and Rainford'),
  ('WA12', 'Newton-le-Willows'),
  ('L34',  'Eccleston Park'),
  ('L35',  'Rainhill');

insert into area_district_neighbour (district_code, neighbour_code) values
  ('WA9', 'WA10'), ('WA10', 'WA9'),
  ('WA9', 'WA12'), ('WA12', 'WA9'),
  ('WA9', 'L35'),  ('L35', 'WA9'),
  ('WA10', 'WA11'), ('WA11', 'WA10'),
  ('WA10', 'L35'),  ('L35', 'WA10'),
  ('WA11', 'WA12'), ('WA12', 'WA11'),
  ('L34', 'L35'),   ('L35', 'L34');

insert into council_signpost (postcode_prefix, council_name, website) values
  ('WA1', 'Warrington Borough Council', 'https://www.warrington.gov.uk'),
  ('WA2', 'Warrington Borough Council', 'https://www.warrington.gov.uk'),
  ('WA3', 'Warrington Borough Council', 'https://www.warrington.gov.uk'),
  ('WA4', 'Warrington Borough Council', 'https://www.warrington.gov.uk'),
  ('WA5', 'Warrington Borough Council', 'https://www.warrington.gov.uk'),
  ('WA8', 'Halton Borough Council', 'https://www3.halton.gov.uk'),
  ('WN',  'Wigan Council', 'https://www.wigan.gov.uk'),
  ('L',   'Liverpool City Council', 'https://liverpool.gov.uk');
