-- Comments on articles with one level of replies, likes, reports, and a per-article count kept
-- in step with them so that showing the count never scans comments.

create table comment (
    id                bigserial primary key,
    article_id        bigint      not null references article (id),
    author_id         bigint      not null references app_user (id),
    -- replies hang under a top-level comment; a reply is never replied to
    parent_id         bigint references comment (id),
    -- plain text as typed, trimmed; escaped and auto-linked when shown
    body              text        not null check (char_length(body) between 1 and 2000),
    status            varchar(8)  not null default 'VISIBLE' check (status in ('VISIBLE', 'HIDDEN', 'DELETED')),
    pinned            boolean     not null default false,
    like_count        integer     not null default 0 check (like_count >= 0),
    -- visible replies of a top-level comment, whatever the comment's own status
    reply_count       integer     not null default 0 check (reply_count >= 0),
    -- reports since a moderator last acted on the comment
    open_report_count integer     not null default 0 check (open_report_count >= 0),
    -- the form's key: a double submit or a retry finds the comment the first one made
    idempotency_key   varchar(64),
    created_at        timestamptz not null default now(),
    edited_at         timestamptz,
    check (not pinned or (parent_id is null and status = 'VISIBLE'))
);

-- Keyset pagination of an article's visible top-level comments, newest first and most liked first
-- (both read backwards).
create index comment_top_newest on comment (article_id, id)
    where parent_id is null and status = 'VISIBLE';
create index comment_top_liked on comment (article_id, like_count, id)
    where parent_id is null and status = 'VISIBLE';
create index comment_replies on comment (parent_id, id)
    where status = 'VISIBLE';
create unique index comment_one_pinned_per_article on comment (article_id)
    where pinned;
create unique index comment_idempotency on comment (author_id, idempotency_key)
    where idempotency_key is not null;
-- posting limits count an author's recent comments
create index comment_author_recent on comment (author_id, created_at);
-- the moderators' queue of reported comments
create index comment_reported on comment (id)
    where open_report_count > 0;

create table comment_like (
    comment_id bigint      not null references comment (id),
    user_id    bigint      not null references app_user (id),
    created_at timestamptz not null default now(),
    primary key (comment_id, user_id)
);

create table comment_report (
    id          bigserial primary key,
    comment_id  bigint       not null references comment (id),
    reporter_id bigint       not null references app_user (id),
    reason      varchar(20)  not null check (reason in ('SPAM', 'MISINFORMATION', 'ABUSE', 'PRIVACY', 'OTHER')),
    note        varchar(500),
    created_at  timestamptz  not null default now(),
    unique (comment_id, reporter_id)
);

-- Visible comments of an article (top-level ones and the replies under visible top-level ones),
-- changed in the same transaction as the comments it counts.
create table article_comment_count (
    article_id bigint primary key references article (id),
    visible    bigint not null default 0 check (visible >= 0)
);
