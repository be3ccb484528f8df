-- Each partner's webhook (owned by the webhooks feature): where the hub POSTs its events and the
-- secret it signs them with (Standard Webhooks, whsec_<base64>). The secret must be kept readable
-- because the hub computes the HMAC with it; it is shown to the partner once and never logged.
-- ACTIVE: delivered to; FAILING: deliveries stopped after repeated failure until an administrator
-- switches it back on (or the partner registers it again), its events kept queued meanwhile.
create table partner_webhook (
  partner_id        bigint primary key references partner (id),
  url               varchar(2000) not null,
  signing_secret    varchar(100) not null,
  status            varchar(20) not null,
  failing_since     timestamp with time zone,
  last_delivery_at  timestamp with time zone,
  last_failure_at   timestamp with time zone,
  -- what went wrong, in the hub's words ("HTTP 500", "no answer in time"): never the partner's body
  last_failure      varchar(200),
  created_at        timestamp with time zone not null,
  updated_at        timestamp with time zone not null
);
