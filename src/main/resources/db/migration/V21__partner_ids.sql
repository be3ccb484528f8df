-- Partners added by administrators get ids from here (seeded partners use small fixed ids).
create sequence partner_seq start with 1000 increment by 1;
