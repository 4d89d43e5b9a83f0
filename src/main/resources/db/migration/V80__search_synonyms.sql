-- Synonym groups editors add to the medical dictionary shipped with HCPress. Terms are stored one
-- per line. Every change raises the single version row, which each instance polls to reload its
-- query analyzer (and, with OpenSearch, to bring the cluster's search analyzer in line).

create table search_synonym_group (
    id         bigserial primary key,
    terms      text         not null,
    note       varchar(500),
    created_by bigint       references app_user (id) on delete set null,
    created_at timestamptz  not null default now()
);

create table search_synonym_version (
    id      smallint primary key check (id = 1),
    version bigint   not null
);

insert into search_synonym_version (id, version) values (1, 0);
