-- Every content change announced to the search index, kept for a day. The outbox row is deleted by
-- whichever instance applies it first; with the embedded Lucene backend every instance has an index
-- of its own, so each also follows this feed and applies every change itself.

create table search_change (
    id         bigserial primary key,
    unit       varchar(200) not null,
    created_at timestamptz  not null default now()
);

create index search_change_created_at on search_change (created_at);

create function search_change_from_outbox() returns trigger language plpgsql as $$
begin
    insert into search_change (unit) values (new.unit);
    return new;
end
$$;

create trigger search_outbox_feeds_search_change
    after insert on search_outbox
    for each row execute function search_change_from_outbox();
