-- A comment keeps its article's zone, so the moderators' queue filters by zone on comment's own
-- rows. Written with the comment and kept when the article moves to another zone.
alter table comment add column zone_id bigint;

update comment c set zone_id = a.zone_id from article a where a.id = c.article_id;

create index comment_zone_newest on comment (zone_id, id desc);
