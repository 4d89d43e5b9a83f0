-- Content changes not yet applied to the search index. A row is written in the same transaction
-- as the change it announces and deleted once the index holds it, so a crash in between leaves
-- the row for the next start to apply.

create table search_outbox (
    id         bigserial primary key,
    unit       varchar(200) not null,
    created_at timestamptz  not null default now()
);
