-- Personal access tokens for the API. Only a SHA-256 of the token is kept: the token itself is
-- shown once, when it is created.
create table personal_access_token (
    id           bigserial primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    name         varchar(60) not null check (char_length(btrim(name)) between 1 and 60),
    token_hash   varchar(64) not null unique,
    -- the first characters of the token, so its owner can tell tokens apart
    hint         varchar(12) not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index personal_access_token_user on personal_access_token (user_id, id);
