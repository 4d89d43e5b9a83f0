-- Deleting an article moves it to the trash: it is unpublished at once, kept restorable for 30
-- days, then purged by a job with its revisions, references, comments and workflow history.
alter table article add column deleted_at timestamptz;
alter table article add column deleted_by bigint references app_user (id) on delete set null;
create index article_trash on article (deleted_at, id) where deleted_at is not null;
