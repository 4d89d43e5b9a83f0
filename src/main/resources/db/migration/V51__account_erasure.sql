-- Deleting an account. Comments stay, shown as by a deleted user; reports stay for moderation
-- without their reporter. The two append-only ledgers keep every row, and only the identity is
-- erased, each under one narrowly checked exception that is open only inside the erasing
-- transaction (set_config('hcpress.erasing_identity', 'on', true)).

alter table comment alter column author_id drop not null;
alter table comment_report alter column reporter_id drop not null;

-- The consent ledger: an erased account's events keep document, version, hash, choice and time,
-- and share one random subject id, so the ledger still shows that one (unnamed) person agreed and
-- later withdrew. Nothing links that id to anyone once the account row is gone.
alter table consent_event add column subject uuid;

create or replace function consent_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('hcpress.erasing_identity', true) = 'on'
            and old.user_id is not null and new.user_id is null
            and old.subject is null and new.subject is not null
            and new.address is null and new.user_agent is null
            and new.id = old.id and new.document_id = old.document_id and new.version = old.version
            and new.sha256 = old.sha256 and new.choice = old.choice and new.at = old.at then
        return new;
    end if;
    raise exception 'consent_event is append-only';
end;
$$;

-- The audit log: an erased account's entries keep action, subject and time; the address is
-- dropped, and a sign-in entry's subject (the email or mobile typed) is replaced by the account's
-- number. The actor id stays, a bare number that no longer names anyone.
drop trigger audit_log_append_only on audit_log;

create trigger audit_log_no_delete
    before delete or truncate on audit_log
    for each statement execute function audit_log_is_append_only();

create function audit_log_erasure_only() returns trigger language plpgsql as $$
begin
    if current_setting('hcpress.erasing_identity', true) = 'on'
            and new.id = old.id and new.at = old.at and new.actor_id is not distinct from old.actor_id
            and new.action = old.action
            and new.before is not distinct from old.before and new.after is not distinct from old.after
            and new.address is null
            and (new.subject = old.subject or (old.subject like 'login:%' and new.subject like 'login:erased-%')) then
        return new;
    end if;
    raise exception 'audit_log is append-only';
end;
$$;

create trigger audit_log_append_only
    before update on audit_log
    for each row execute function audit_log_erasure_only();
