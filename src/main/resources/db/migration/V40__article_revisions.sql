-- Every revision of every article, as the editor saved it: Markdown, metadata and references.
-- Restoring an old revision saves a new one copying it (restored_from names the old one).

create table article_revision (
    id                      bigserial primary key,
    article_id              bigint       not null references article (id) on delete cascade,
    revision                integer      not null check (revision > 0),
    zone_id                 bigint       not null references zone (id),
    title                   varchar(300) not null,
    source_line             varchar(200) not null,
    published_on            date,
    original                boolean      not null default false,
    cover_image_id          bigint references image (id),
    body_markdown           text         not null,
    expert_name             varchar(120),
    expert_affiliation      varchar(200),
    expert_photo_id         bigint references image (id),
    expert_profile_markdown text,
    reviewer_credit         varchar(200),
    editor_credit           varchar(200),
    edited_by               bigint references app_user (id) on delete set null,
    edited_by_name          varchar(120),
    restored_from           integer,
    created_at              timestamptz  not null default now(),
    unique (article_id, revision)
);

create table article_revision_reference (
    revision_id bigint       not null references article_revision (id) on delete cascade,
    number      integer      not null check (number > 0),
    authors     text         not null default '',
    et_al       boolean      not null default false,
    title       text,
    journal     varchar(300),
    year        integer check (year between 1800 and 2200),
    volume      varchar(40),
    issue       varchar(40),
    pages       varchar(40),
    doi         varchar(200),
    pmid        varchar(20) check (pmid ~ '^[0-9]{1,9}$'),
    citation    text         not null,
    primary key (revision_id, number)
);

create index article_title_search on article (lower(title));

-- The articles already stored keep their current state as their latest revision.
insert into article_revision (article_id, revision, zone_id, title, source_line, published_on, original,
                              cover_image_id, body_markdown, expert_name, expert_affiliation, expert_photo_id,
                              expert_profile_markdown, reviewer_credit, editor_credit, created_at)
select id, greatest(revision, 1), zone_id, title, source_line, published_on, original, cover_image_id, body_markdown,
       expert_name, expert_affiliation, expert_photo_id, expert_profile_markdown, reviewer_credit, editor_credit,
       updated_at
from article;

insert into article_revision_reference (revision_id, number, authors, et_al, title, journal, year, volume, issue,
                                        pages, doi, pmid, citation)
select r.id, ref.number, ref.authors, ref.et_al, ref.title, ref.journal, ref.year, ref.volume, ref.issue, ref.pages,
       ref.doi, ref.pmid, ref.citation
from article_reference ref
join article_revision r on r.article_id = ref.article_id;

-- A revision may renumber references; the check waits for the end of the transaction so that rows
-- can trade numbers on the way.
alter table article_reference drop constraint article_reference_article_id_number_key;
alter table article_reference add constraint article_reference_article_id_number_key
    unique (article_id, number) deferrable initially deferred;
