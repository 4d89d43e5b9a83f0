-- Readers follow zones and experts (by the name on an article's expert or author credit); new
-- articles reach them in the notification centre and, if they choose, in an email digest.

create table follow (
    id          bigserial primary key,
    account_id  bigint       not null references app_user (id) on delete cascade,
    zone_id     bigint references zone (id) on delete cascade,
    expert_name varchar(200),
    created_at  timestamptz  not null default now(),
    check ((zone_id is null) <> (expert_name is null))
);
create unique index follow_one_zone on follow (account_id, zone_id) where zone_id is not null;
create unique index follow_one_expert on follow (account_id, expert_name) where expert_name is not null;
create index follow_by_zone on follow (zone_id) where zone_id is not null;
create index follow_by_expert on follow (expert_name) where expert_name is not null;
create index follow_newest on follow (account_id, created_at desc, id desc);

-- The first publication of each article, announced once to its followers.
create table follow_announcement (
    article_id   bigint      primary key references article (id) on delete cascade,
    announced_at timestamptz not null default now()
);
create index follow_announcement_time on follow_announcement (announced_at);
-- Articles already published are old news.
insert into follow_announcement (article_id, announced_at)
select id, updated_at from article where status = 'PUBLISHED';

-- The reader's digest, daily or weekly: it gathers what was announced after covered_until.
create table follow_digest (
    account_id    bigint      primary key references app_user (id) on delete cascade,
    frequency     varchar(8)  not null check (frequency in ('DAILY', 'WEEKLY')),
    last_sent_at  timestamptz not null default now(),
    covered_until timestamptz not null default now()
);
