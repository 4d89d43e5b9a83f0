-- A published article's slug, title, zone, status or revision changed straight in the database is
-- announced on the cache change bus like a change made through the application (topic "article",
-- key the article's id), so every instance drops its copies of the article's published revision
-- and pages at once, not only when their lifetime ends. Columns no copy shows are left out.

create function announce_article_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform pg_notify('hcpress_cache', 'db|article|' || old.id);
    end if;
    if tg_op = 'INSERT' then
        perform pg_notify('hcpress_cache', 'db|article|' || new.id);
    end if;
    return null;
end
$$;

create trigger article_announces
    after insert or delete or update of status, slug, title, source_line, published_on, kind, zone_id, revision
    on article for each row execute function announce_article_change();
