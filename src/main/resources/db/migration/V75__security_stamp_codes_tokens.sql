-- Revocation that cannot be raced: every account carries a security stamp that changes with
-- disabling, a role change, a password change and erasure. A session or token minted under an
-- older stamp opens nothing any more.
alter table app_user add column security_stamp uuid not null default gen_random_uuid();

-- Tokens expire, have a scope, and belong to the stamp they were made under.
alter table personal_access_token
    add column expires_at     timestamptz,
    add column scope          varchar(10) not null default 'READ_WRITE' check (scope in ('READ', 'READ_WRITE')),
    add column security_stamp uuid;
update personal_access_token t
   set expires_at = least(t.created_at + interval '90 days', now() + interval '90 days'),
       security_stamp = (select u.security_stamp from app_user u where u.id = t.user_id);
alter table personal_access_token alter column expires_at set not null;
alter table personal_access_token alter column security_stamp set not null;

-- A server-side key for keyed hashes (one-time codes, neutral author handles). Made once, here.
create table server_key (
    name  varchar(40) primary key,
    value varchar(128) not null
);
insert into server_key (name, value)
values ('hmac', replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

-- One-time codes sent by email or SMS: sign-up, password reset, sign-in by code. Only a keyed
-- hash of the code is kept. A code for an identifier nobody (or somebody) owns looks the same.
create table one_time_code (
    id            bigserial primary key,
    purpose       varchar(10)  not null check (purpose in ('SIGN_UP', 'RESET', 'SIGN_IN')),
    identifier    varchar(254) not null,
    code_hash     varchar(64)  not null,
    -- sign-up only: the password chosen, hashed; the account is made once the code is right
    password_hash varchar(100),
    account_id    bigint references app_user (id) on delete cascade,
    attempts      int          not null default 0,
    created_at    timestamptz  not null default now(),
    expires_at    timestamptz  not null,
    used_at       timestamptz
);
create index one_time_code_identifier on one_time_code (identifier, purpose, created_at desc);

-- Codes asked for, counted per identifier and per address over a sliding window.
create table one_time_code_request (
    id           bigserial primary key,
    identifier   varchar(254) not null,
    address      varchar(64)  not null,
    requested_at timestamptz  not null default now()
);
create index one_time_code_request_identifier on one_time_code_request (identifier, requested_at);
create index one_time_code_request_address on one_time_code_request (address, requested_at);
