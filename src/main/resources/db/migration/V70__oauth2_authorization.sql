-- Spring Authorization Server's issued partner tokens (JdbcOAuth2AuthorizationService, owned by
-- partnerapi): the API looks every bearer token up here, so a revoked token is refused at once on
-- every node, and introspection answers from the same rows. Rows go when their token has expired
-- (IssuedPartnerTokens). Spring's schema says blob; varchar works the same on PostgreSQL and H2
-- and can be compared and indexed on both (a JWT here is about 1 kB).
create table oauth2_authorization (
  id                            varchar(100) not null,
  registered_client_id          varchar(100) not null,
  principal_name                varchar(200) not null,
  authorization_grant_type      varchar(100) not null,
  authorized_scopes             varchar(1000) default null,
  attributes                    varchar(100000) default null,
  state                         varchar(500) default null,
  authorization_code_value      varchar(4000) default null,
  authorization_code_issued_at  timestamp with time zone default null,
  authorization_code_expires_at timestamp with time zone default null,
  authorization_code_metadata   varchar(10000) default null,
  access_token_value            varchar(4000) default null,
  access_token_issued_at        timestamp with time zone default null,
  access_token_expires_at       timestamp with time zone default null,
  access_token_metadata         varchar(10000) default null,
  access_token_type             varchar(100) default null,
  access_token_scopes           varchar(1000) default null,
  oidc_id_token_value           varchar(4000) default null,
  oidc_id_token_issued_at       timestamp with time zone default null,
  oidc_id_token_expires_at      timestamp with time zone default null,
  oidc_id_token_metadata        varchar(10000) default null,
  refresh_token_value           varchar(4000) default null,
  refresh_token_issued_at       timestamp with time zone default null,
  refresh_token_expires_at      timestamp with time zone default null,
  refresh_token_metadata        varchar(10000) default null,
  user_code_value               varchar(4000) default null,
  user_code_issued_at           timestamp with time zone default null,
  user_code_expires_at          timestamp with time zone default null,
  user_code_metadata            varchar(10000) default null,
  device_code_value             varchar(4000) default null,
  device_code_issued_at         timestamp with time zone default null,
  device_code_expires_at        timestamp with time zone default null,
  device_code_metadata          varchar(10000) default null,
  primary key (id)
);
-- Every API call looks its token up; the clean-up finds expired rows.
create index oauth2_authorization_access_token_idx on oauth2_authorization (access_token_value);
create index oauth2_authorization_expires_idx on oauth2_authorization (access_token_expires_at);
