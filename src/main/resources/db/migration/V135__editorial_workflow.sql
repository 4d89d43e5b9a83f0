-- The editorial workflow. status still says whether readers see the article; workflow_state says
-- where its working text stands: 草稿 (DRAFT), 待审阅 (IN_REVIEW), 已批准 (APPROVED), 定时发布
-- (SCHEDULED, at publish_at) or 已发布 (PUBLISHED, nothing waiting). An edit to a live article is
-- a revision of article_revision named by pending_revision; the article row keeps the live text
-- until that revision is published.
alter table article add column workflow_state varchar(16) not null default 'DRAFT'
    check (workflow_state in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED', 'PUBLISHED'));
update article set workflow_state = 'PUBLISHED' where status = 'PUBLISHED';
alter table article add column pending_revision integer;
alter table article add column publish_at timestamptz;
alter table article add constraint article_scheduled_has_time
    check ((workflow_state = 'SCHEDULED') = (publish_at is not null));
-- who created the article, for the editors' filter by author
alter table article add column created_by bigint references app_user (id) on delete set null;
update article a set created_by = r.edited_by
  from article_revision r where r.article_id = a.id and r.revision = 1;

-- the scheduler's claim: due scheduled articles, oldest first
create index article_scheduled on article (publish_at, id) where workflow_state = 'SCHEDULED';
create index article_created_by on article (created_by, updated_at desc, id desc);

-- what the editor said a revision is for
alter table article_revision add column message varchar(1000);

-- Every step of the workflow and every reviewer's remark, with who said what about which revision.
create table article_workflow_event (
    id         bigserial primary key,
    article_id bigint        not null references article (id) on delete cascade,
    revision   integer       not null,
    action     varchar(20)   not null,
    from_state varchar(16),
    to_state   varchar(16),
    actor_id   bigint references app_user (id) on delete set null,
    actor_name varchar(200),
    message    varchar(2000),
    at         timestamptz   not null default now()
);
create index article_workflow_event_article on article_workflow_event (article_id, id);

-- Roles held in one zone only: author, medical reviewer, chief editor.
create table zone_grant (
    account_id bigint      not null references app_user (id) on delete cascade,
    zone_id    bigint      not null references zone (id) on delete cascade,
    role       varchar(20) not null check (role in ('AUTHOR', 'MEDICAL_REVIEWER', 'CHIEF_EDITOR')),
    granted_by bigint references app_user (id) on delete set null,
    granted_at timestamptz not null default now(),
    primary key (account_id, zone_id, role)
);
create index zone_grant_zone on zone_grant (zone_id);
