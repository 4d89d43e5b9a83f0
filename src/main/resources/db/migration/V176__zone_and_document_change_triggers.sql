-- Zones and legal documents changed straight in the database are announced on the cache change bus
-- like a change made through the application, so every instance drops its kept copies at once, not
-- only when their lifetime ends: a zone under topic "zone" (the kept zones; the pages showing its
-- names are told by "zone_announces" of V173), a legal document under topic "legal-document" (the
-- kept zones with a published informed consent; the gate is told by "legal_document_announces" of V151).

create function announce_zone_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform pg_notify('hcpress_cache', 'db|zone|' || old.id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform pg_notify('hcpress_cache', 'db|zone|' || new.id);
    end if;
    return null;
end
$$;

create trigger zone_announces_kept_zones after insert or update or delete on zone
    for each row execute function announce_zone_change();

create function announce_legal_document_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('hcpress_cache', 'db|legal-document|*');
    return null;
end
$$;

create trigger legal_document_announces_documents after insert or update or delete on legal_document
    for each statement execute function announce_legal_document_change();
