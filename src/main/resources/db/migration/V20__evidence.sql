-- The trials articles cite, as structured data: design, arms, outcomes with the source of every
-- figure, notes on data quality, and the article references that cite each study.

create table study (
    id               varchar(80)  primary key check (id ~ '^[A-Za-z0-9_]+$'),
    short_name       varchar(200) not null,
    first_author     varchar(200),
    journal          varchar(300),
    year             integer check (year between 1800 and 2200),
    citation         text,
    full_publication text,
    doi              varchar(200),
    pmid             varchar(20) check (pmid ~ '^[0-9]{1,9}$'),
    pmcid            varchar(20) check (pmcid ~ '^PMC[0-9]+$'),
    registry_id      varchar(40),
    phase            varchar(10),
    randomised       boolean      not null,
    prospective      boolean,
    single_arm       boolean      not null default false,
    n                integer check (n > 0),
    design_detail    text,
    population       text         not null
);

create table study_arm (
    study_id varchar(80)  not null references study (id) on delete cascade,
    position integer      not null,
    name     varchar(200) not null,
    regimen  text         not null,
    n        integer check (n > 0),
    primary key (study_id, position)
);

create table study_outcome (
    id            bigserial primary key,
    study_id      varchar(80) not null references study (id) on delete cascade,
    position      integer     not null,
    endpoint      text        not null,
    unit          varchar(40),
    hazard_ratio  numeric check (hazard_ratio > 0),
    ci_lower      numeric,
    ci_upper      numeric,
    p             varchar(80),
    source        text        not null,
    note          text,
    unique (study_id, position),
    check ((ci_lower is null) = (ci_upper is null)),
    check (ci_lower is null or ci_lower <= ci_upper)
);

-- One figure per arm: a number where the source gives one, else its words ("not reached", "21/29").
create table study_outcome_value (
    outcome_id bigint       not null references study_outcome (id) on delete cascade,
    position   integer      not null,
    arm        varchar(200) not null,
    number     numeric,
    text       text,
    primary key (outcome_id, position),
    check ((number is null) <> (text is null))
);

create table study_note (
    study_id varchar(80) not null references study (id) on delete cascade,
    position integer     not null,
    topic    varchar(20) not null check (topic in ('GENERAL', 'PUBLICATION', 'REGISTRY', 'SAMPLE_SIZE')),
    text     text        not null,
    primary key (study_id, position)
);

create table study_source (
    study_id varchar(80) not null references study (id) on delete cascade,
    position integer     not null,
    text     text        not null,
    primary key (study_id, position)
);

-- Not a foreign key: references belong to content and are rewritten with every article revision.
create table study_citation (
    study_id         varchar(80)  not null references study (id) on delete cascade,
    article_slug     varchar(120) not null,
    reference_number integer      not null check (reference_number > 0),
    primary key (study_id, article_slug, reference_number)
);

create index study_citation_article on study_citation (article_slug);
