-- When each partner client's secret was last set (created or rotated) and by whom, for the
-- administrators' partners page (owned by partnerapi). Secrets themselves stay only hashed, in
-- oauth2_registered_client. Clients made before this table have no row: "not recorded".
create table client_secret_change (
  client_id   varchar(100) primary key,
  changed_at  timestamp with time zone not null,
  changed_by  varchar(100) not null
);
