-- Zones and legal documents changed straight in the database are announced on the cache change bus
-- like a change made through the application, so every instance drops its kept copies at once, not
-- only when their lifetime ends: a zone under topic "zone" (the kept zones) and "article" with every
-- key (a zone's names show on its article and zone pages); a legal document under topic
-- "legal-document" (the kept zones with a published informed consent). The gate's own notice of a
-- document change (migration 151) stays as it is.

create function announce_zone_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform pg_notify('hcpress_cache', 'db|zone|' || old.id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform pg_notify('hcpress_cache', 'db|zone|' || new.id);
    end if;
    perform pg_notify('hcpress_cache', 'db|article|*');
    return null;
end
$$;

create trigger zone_announces after insert or update or delete on zone
    for each row execute function announce_zone_change();

create function announce_legal_document_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('hcpress_cache', 'db|legal-document|*');
    return null;
end
$$;

create trigger legal_document_announces_documents after insert or update or delete on legal_document
    for each statement execute function announce_legal_document_change();
