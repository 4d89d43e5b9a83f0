-- Zones, articles, their numbered references and the images they show.

create table zone (
    id             bigserial primary key,
    slug           varchar(80)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_zh        varchar(120) not null,
    name_en        varchar(120) not null,
    description_zh text         not null default '',
    description_en text         not null default '',
    position       integer      not null default 0,
    created_at     timestamptz  not null default now()
);

create table image (
    id           bigserial primary key,
    content_type varchar(40) not null check (content_type in ('image/png', 'image/jpeg')),
    width        integer     not null check (width > 0),
    height       integer     not null check (height > 0),
    sha256       varchar(64) not null,
    data         bytea       not null,
    zone_id      bigint references zone (id),
    created_at   timestamptz not null default now()
);

create table article (
    id                      bigserial primary key,
    zone_id                 bigint       not null references zone (id),
    slug                    varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title                   varchar(300) not null,
    source_line             varchar(200) not null,
    published_on            date,
    original                boolean      not null default false,
    cover_image_id          bigint references image (id),
    body_markdown           text         not null,
    body_html               text         not null,
    render_warnings         text         not null default '',
    expert_name             varchar(120),
    expert_affiliation      varchar(200),
    expert_photo_id         bigint references image (id),
    expert_profile_markdown text,
    expert_profile_html     text,
    reviewer_credit         varchar(200),
    editor_credit           varchar(200),
    status                  varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED')),
    revision                integer      not null default 1,
    version                 bigint       not null default 0,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now()
);

create index article_zone_published on article (zone_id, status, published_on desc);

create table article_reference (
    id         bigserial primary key,
    article_id bigint       not null references article (id) on delete cascade,
    number     integer      not null check (number > 0),
    authors    text         not null default '',
    et_al      boolean      not null default false,
    title      text,
    journal    varchar(300),
    year       integer check (year between 1800 and 2200),
    volume     varchar(40),
    issue      varchar(40),
    pages      varchar(40),
    doi        varchar(200),
    pmid       varchar(20) check (pmid ~ '^[0-9]{1,9}$'),
    citation   text         not null,
    cited_at   varchar(1000) not null default '',
    unique (article_id, number)
);
