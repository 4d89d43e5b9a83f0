-- What an article page shows, changed straight in the database, is announced on the cache change bus
-- like a change made through the application, so kept pages are dropped at once on every instance
-- and their lifetime is only a backstop:
--   * any column of a published (or just unpublished) article, and its references (topic "article",
--     key the article's id; "article_announces" of V160 covers the published columns of every article);
--   * a zone (topic "article", every page: a zone's names show on each of its pages);
--   * the words of an image shown as a figure (topic "article", every page: finding the articles
--     that show it is the application's work);
--   * any study row (topic "study", every page: the evidence beside the text).
-- PostgreSQL folds equal notifications of one transaction into one.

create trigger published_article_announces
    after update on article for each row
    when (old.status = 'PUBLISHED' or new.status = 'PUBLISHED')
    execute function announce_article_change();

create function announce_reference_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform pg_notify('hcpress_cache', 'db|article|' || old.article_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform pg_notify('hcpress_cache', 'db|article|' || new.article_id);
    end if;
    return null;
end
$$;

create trigger article_reference_announces
    after insert or update or delete on article_reference
    for each row execute function announce_reference_change();

create function announce_every_article_page() returns trigger language plpgsql as $$
begin
    perform pg_notify('hcpress_cache', 'db|article|*');
    return null;
end
$$;

create trigger zone_announces
    after insert or update or delete on zone
    for each statement execute function announce_every_article_page();

create trigger image_words_announce
    after update of alt_text, caption on image
    for each statement execute function announce_every_article_page();

create function announce_study_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('hcpress_cache', 'db|study|*');
    return null;
end
$$;

create trigger study_announces after insert or update or delete on study
    for each statement execute function announce_study_change();
create trigger study_arm_announces after insert or update or delete on study_arm
    for each statement execute function announce_study_change();
create trigger study_outcome_announces after insert or update or delete on study_outcome
    for each statement execute function announce_study_change();
create trigger study_outcome_value_announces after insert or update or delete on study_outcome_value
    for each statement execute function announce_study_change();
create trigger study_note_announces after insert or update or delete on study_note
    for each statement execute function announce_study_change();
create trigger study_source_announces after insert or update or delete on study_source
    for each statement execute function announce_study_change();
create trigger study_citation_announces after insert or update or delete on study_citation
    for each statement execute function announce_study_change();
