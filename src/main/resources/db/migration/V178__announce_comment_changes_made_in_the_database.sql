-- Comments, likes and public names changed straight in the database are announced on the cache change
-- bus like changes made through the application, so kept comment pages are dropped at once on every
-- instance: a comment or a like under topic "comments" (key: the article's id), a public name under
-- topic "public-name" (key: the account's id).

create function announce_comment_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform pg_notify('hcpress_cache', 'db|comments|' || old.article_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform pg_notify('hcpress_cache', 'db|comments|' || new.article_id);
    end if;
    return null;
end
$$;

create trigger comment_announces
    after insert or update or delete on comment
    for each row execute function announce_comment_change();

create function announce_comment_like_change() returns trigger language plpgsql as $$
declare
    liked bigint := case when tg_op = 'DELETE' then old.comment_id else new.comment_id end;
begin
    perform pg_notify('hcpress_cache', 'db|comments|' || c.article_id) from comment c where c.id = liked;
    return null;
end
$$;

create trigger comment_like_announces
    after insert or update or delete on comment_like
    for each row execute function announce_comment_like_change();

create function announce_public_name_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('hcpress_cache', 'db|public-name|'
        || case when tg_op = 'DELETE' then old.user_id else new.user_id end);
    return null;
end
$$;

create trigger public_name_announces
    after insert or update or delete on public_name
    for each row execute function announce_public_name_change();
