-- How a reader is named beside their comments: their approved verification profile (name, title,
-- institution, with a badge) or a handle they chose. Without a row, or with HANDLE and no handle,
-- the reader keeps the handle derived from the account id. Erased with the account (cascade).
create table public_name (
    user_id    bigint      primary key references app_user (id) on delete cascade,
    shows      varchar(10) not null check (shows in ('HANDLE', 'VERIFIED')),
    handle     varchar(20) check (handle is null or char_length(handle) between 2 and 20),
    updated_at timestamptz not null default now()
);
-- Handles are unique regardless of case.
create unique index public_name_handle on public_name (lower(handle)) where handle is not null;

-- An optional conflict-of-interest line the author adds to a comment, shown under it.
alter table comment add column conflict_of_interest varchar(300);
