-- Numbers for the newsroom, kept as counts per article, reader and day (a reader's repeated loads
-- within minutes count once). Pages show aggregates only: no reader is ever listed.
create table article_reading (
    article_id bigint  not null references article (id) on delete cascade,
    user_id    bigint  not null references app_user (id) on delete cascade,
    day        date    not null,
    views      integer not null default 1 check (views > 0),
    primary key (article_id, day, user_id)
);
create index article_reading_user on article_reading (user_id);

-- The first time a signed-in reader (not staff) opened a zone's gate: where the gate funnel starts.
create table gate_visit (
    zone_id  bigint      not null references zone (id),
    user_id  bigint      not null references app_user (id) on delete cascade,
    first_at timestamptz not null default now(),
    primary key (zone_id, user_id)
);
create index gate_visit_zone_first on gate_visit (zone_id, first_at);
