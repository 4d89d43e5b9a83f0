-- The editors' list is read a page at a time by key (last changed first, then id); this index
-- lets each page start where the last ended instead of sorting every article.
create index article_updated on article (updated_at desc, id desc);
