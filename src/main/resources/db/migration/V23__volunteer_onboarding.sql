-- Volunteer onboarding (volunteer-onboarding.bpmn) and CSV import.
-- Emails are matched case-insensitively (a re-imported sign-up list must not create duplicates):
-- email_key holds lower(email) and is unique; H2 has no expression indexes, so it is a column.
alter table volunteer add column email_key varchar(254);
update volunteer set email_key = lower(email) where email is not null;
alter table volunteer add constraint volunteer_email_key_uk unique (email_key);
-- status gains REFUSED: identity not verified or DBS check refused during onboarding.
