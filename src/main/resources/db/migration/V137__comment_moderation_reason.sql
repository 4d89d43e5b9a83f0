-- The moderators' queue shows why a comment was hidden or deleted, by whom and when (the audit log
-- keeps every action; this is the latest one, next to the comment).
alter table comment add column moderation_reason varchar(500);
alter table comment add column moderated_by bigint references app_user (id) on delete set null;
alter table comment add column moderated_at timestamptz;
-- the queue filtered by article
create index comment_article_newest on comment (article_id, id desc);
