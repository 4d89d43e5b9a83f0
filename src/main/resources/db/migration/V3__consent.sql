-- Versioned legal documents and the append-only ledger of every choice users made about them.

create table legal_document (
    id           bigserial primary key,
    kind         varchar(30)  not null check (kind in ('IDENTITY_AGREEMENT', 'ZONE_CONSENT')),
    zone_id      bigint references zone (id),
    version      integer      not null check (version > 0),
    effective_on date         not null,
    title_zh     varchar(200) not null,
    title_en     varchar(200) not null,
    text_zh      text         not null,
    text_en      text         not null,
    sha256       varchar(64)  not null,
    published_at timestamptz  not null default now(),
    check ((kind = 'IDENTITY_AGREEMENT') = (zone_id is null))
);
create unique index legal_document_version on legal_document (kind, coalesce(zone_id, 0), version);

create table consent_event (
    id          bigserial primary key,
    user_id     bigint       references app_user (id),
    document_id bigint       not null references legal_document (id),
    version     integer      not null,
    sha256      varchar(64)  not null,
    choice      varchar(12)  not null check (choice in ('AGREED', 'REJECTED', 'WITHDRAWN')),
    at          timestamptz  not null default now(),
    address     varchar(64),
    user_agent  varchar(400)
);
create index consent_event_user on consent_event (user_id, document_id, id desc);

-- The ledger is append-only; the one exception, erasing the identity when an account is
-- deleted, is made by a function that runs as its owner.
create function consent_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('hcpress.erasing_identity', true) = 'on'
            and new.user_id is null and new.document_id = old.document_id and new.choice = old.choice
            and new.at = old.at and new.sha256 = old.sha256 then
        return new;
    end if;
    raise exception 'consent_event is append-only';
end;
$$;

create trigger consent_event_append_only
    before update or delete on consent_event
    for each row execute function consent_event_is_append_only();
