-- Accounts and roles, sessions shared by all instances, sign-in failures and the audit log.

create table app_user (
    id            bigserial primary key,
    email         varchar(254) unique,
    mobile        varchar(20) unique,
    password_hash varchar(100) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    check (email is not null or mobile is not null),
    check (email is null or email = lower(email))
);

create table user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null check (role in ('READER', 'REVIEWER', 'EDITOR', 'ADMIN')),
    primary key (user_id, role)
);

-- Failed sign-ins, counted over a sliding window per account and per address.
create table sign_in_failure (
    id          bigserial primary key,
    account_key varchar(254) not null,
    address     varchar(64)  not null,
    failed_at   timestamptz  not null default now()
);
create index sign_in_failure_account on sign_in_failure (account_key, failed_at);
create index sign_in_failure_address on sign_in_failure (address, failed_at);

-- Spring Session JDBC (schema as shipped by spring-session-jdbc for PostgreSQL).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Security-relevant events. Append-only: a trigger refuses UPDATE and DELETE.
create table audit_log (
    id         bigserial primary key,
    at         timestamptz  not null default now(),
    actor_id   bigint,
    action     varchar(60)  not null,
    subject    varchar(200) not null,
    before     text,
    after      text,
    address    varchar(64)
);
create index audit_log_at on audit_log (at desc);
create index audit_log_actor on audit_log (actor_id, at desc);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;

create trigger audit_log_append_only
    before update or delete or truncate on audit_log
    for each statement execute function audit_log_is_append_only();
