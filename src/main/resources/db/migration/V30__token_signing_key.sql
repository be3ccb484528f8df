-- The key that signs partner access tokens, shared by every hub node on this database: a token
-- issued by one node validates on the others and survives restarts. The first node to start
-- inserts it; the primary key makes a concurrent second insert fail, and that node reads the winner's.
create table token_signing_key (
  id           varchar(20) primary key,
  key_id       varchar(100) not null,
  jwk          text not null,
  created_at   timestamp with time zone not null
);
