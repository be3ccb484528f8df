-- Demo partners of the demo borough. Only foodbank-demo and housing-demo have OAuth2 clients
-- (registered at start by the demo profile, secrets hashed).
insert into partner (id, code, name, partner_type, contact_email, escalation_email, client_id, active) values
  (1, 'asc',      'Demo Borough Adult Social Care',        'ADULT_SOCIAL_CARE', 'asc.referrals@demo.invalid',  'asc.duty@demo.invalid',        'asc-demo',      true),
  (2, 'nhs',      'Demo NHS Foundation Trust',             'NHS',               'nhs.referrals@demo.invalid',  'nhs.duty@demo.invalid',        'nhs-demo',      true),
  (3, 'housing',  'Demo Homes Housing Association',        'HOUSING_PROVIDER',  'housing@demo.invalid',        'housing.manager@demo.invalid', 'housing-demo',  true),
  (4, 'foodbank', 'Demo Borough Food Bank',                'FOOD_BANK',         'foodbank@demo.invalid',       'foodbank.chair@demo.invalid',  'foodbank-demo', true),
  (5, 'cvs',      'Demo Council for Voluntary Service',    'VOLUNTARY_SECTOR',  'cvs@demo.invalid',            'cvs.manager@demo.invalid',     'cvs-demo',      true);

insert into data_sharing_agreement (partner_id, allowed_fields, lawful_basis, ack_sla_p1, ack_sla_p2, ack_sla_p3) values
  (1, 'firstName,lastName,dateOfBirth,phone,email,address,needs,vulnerability,notes',
      'UK GDPR Art 6(1)(e) public task; Art 9(2)(h) social care (Care Act 2014)', 'PT4H', 'PT24H', 'PT72H'),
  (2, 'firstName,lastName,dateOfBirth,phone,address,needs,vulnerability,notes',
      'UK GDPR Art 6(1)(e) public task; Art 9(2)(h) health care', 'PT4H', 'PT24H', 'PT72H'),
  (3, 'firstName,lastName,phone,address,needs',
      'UK GDPR Art 6(1)(a) consent of the resident', 'PT8H', 'PT48H', 'PT120H'),
  (4, 'firstName,phone,address,needs',
      'UK GDPR Art 6(1)(a) consent of the resident', 'PT8H', 'PT48H', 'PT120H'),
  (5, 'firstName,lastName,phone,needs',
      'UK GDPR Art 6(1)(a) consent of the resident', 'PT8H', 'PT48H', 'PT120H');
