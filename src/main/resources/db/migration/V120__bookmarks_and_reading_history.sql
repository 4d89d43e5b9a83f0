-- A reader's own HCPress: bookmarks (with free tags) and the reading history, on articles and
-- studies. Every row belongs to one account and goes with it.

create table bookmark (
    id         bigserial primary key,
    account_id bigint      not null references app_user (id) on delete cascade,
    article_id bigint references article (id) on delete cascade,
    study_id   varchar(80) references study (id) on delete cascade,
    created_at timestamptz not null default now(),
    check ((article_id is null) <> (study_id is null))
);
create unique index bookmark_one_article on bookmark (account_id, article_id) where article_id is not null;
create unique index bookmark_one_study on bookmark (account_id, study_id) where study_id is not null;
create index bookmark_newest on bookmark (account_id, created_at desc, id desc);

create table bookmark_tag (
    bookmark_id bigint      not null references bookmark (id) on delete cascade,
    tag         varchar(30) not null check (length(tag) between 1 and 30),
    primary key (bookmark_id, tag)
);

-- One row per item, with the time of the latest view; the newest 500 are kept.
create table reading_history (
    id         bigserial primary key,
    account_id bigint      not null references app_user (id) on delete cascade,
    article_id bigint references article (id) on delete cascade,
    study_id   varchar(80) references study (id) on delete cascade,
    viewed_at  timestamptz not null default now(),
    check ((article_id is null) <> (study_id is null))
);
create unique index reading_history_one_article on reading_history (account_id, article_id) where article_id is not null;
create unique index reading_history_one_study on reading_history (account_id, study_id) where study_id is not null;
create index reading_history_newest on reading_history (account_id, viewed_at desc, id desc);

-- A row while the reader has paused the history: nothing is recorded then.
create table reading_history_pause (
    account_id bigint      primary key references app_user (id) on delete cascade,
    paused_at  timestamptz not null default now()
);
