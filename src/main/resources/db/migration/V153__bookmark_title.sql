-- A bookmark keeps its item's title (the article's title or the study's short name), so that the
-- list sorted by title pages on reading's own rows. Written with the bookmark and kept current when
-- the article or study changes.
alter table bookmark add column title text;

update bookmark b
   set title = coalesce((select a.title from article a where a.id = b.article_id),
                        (select s.short_name from study s where s.id = b.study_id));
