-- Organisations that offer help themselves (the public form) wait for a coordinator's approval
-- (organisation-approval.bpmn) before they can be given requests. Those recorded by coordinators
-- before are approved.
alter table organisation add column status varchar(20) default 'APPROVED' not null;
-- What the organisation says it can offer, in its own words (vans, food parcels, staff time).
alter table organisation add column offer_description varchar(1000);
