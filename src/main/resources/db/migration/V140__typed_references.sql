-- References know the kind of document they name (GB/T 7714 codes J, M, C, D, R, S, N, EB), whether
-- it was read online, and the fields those kinds print: publisher and its place, URL, the date a
-- newspaper or web page carries, the access date (引用日期) and a standard's or report's number.
alter table article_reference
    add column doc_type    varchar(2)   not null default 'J'
        check (doc_type in ('J', 'M', 'C', 'D', 'R', 'S', 'N', 'EB')),
    add column online      boolean      not null default false,
    add column publisher   varchar(300),
    add column place       varchar(100),
    add column url         varchar(2000) check (url ~ '^https?://'),
    add column issued_on   date,
    add column accessed_on date,
    add column doc_number  varchar(100);

alter table article_revision_reference
    add column doc_type    varchar(2)   not null default 'J'
        check (doc_type in ('J', 'M', 'C', 'D', 'R', 'S', 'N', 'EB')),
    add column online      boolean      not null default false,
    add column publisher   varchar(300),
    add column place       varchar(100),
    add column url         varchar(2000) check (url ~ '^https?://'),
    add column issued_on   date,
    add column accessed_on date,
    add column doc_number  varchar(100);
