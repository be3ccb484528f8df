-- Partner clients made before webhooks existed get the scope to manage their own webhook
-- (webhooks:manage, PUT /api/v1/webhook), as new partner clients do (owned by partnerapi).
-- Spring Authorization Server keeps a client's scopes comma-separated.
update oauth2_registered_client
set scopes = scopes || ',webhooks:manage'
where scopes like '%referrals:read%' and scopes not like '%webhooks:manage%';
