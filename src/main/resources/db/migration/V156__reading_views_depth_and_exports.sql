-- One row per counted view: a reader's loads of one article within the same 10-minute bucket
-- (the bucket's start) are one view on every instance, since the key is unique in the database.
-- The depth is how far down the article body the reader came in that view (0-100 %), sent by the
-- reader's browser when the page is hidden; the highest value sent for the view is kept.
create table article_view (
    id         bigserial   primary key,
    article_id bigint      not null references article (id) on delete cascade,
    user_id    bigint      not null references app_user (id) on delete cascade,
    bucket     timestamptz not null,
    depth      smallint    check (depth between 0 and 100),
    unique (article_id, user_id, bucket)
);
create index article_view_user on article_view (user_id, bucket);
create index article_view_article on article_view (article_id, bucket);

-- Downloads of an article's references (RIS, BibTeX) and print views, counted per article, kind
-- and day. No reader is kept: these are counts only.
create table article_export (
    article_id bigint  not null references article (id) on delete cascade,
    kind       text    not null check (kind in ('RIS', 'BIBTEX', 'PRINT')),
    day        date    not null,
    exports    integer not null default 1 check (exports > 0),
    primary key (article_id, kind, day)
);
