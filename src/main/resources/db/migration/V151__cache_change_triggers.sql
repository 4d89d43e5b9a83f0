-- Changes written straight into the database (another tool, a hand-made fix, a cleanup job) are
-- announced on the cache change bus like the application's own, so every instance drops its copies
-- of sessions, account states and gate passes at once (shared/cache/CacheChanges). The payload is
-- "instance|topic|key"; "db" is no instance's id, so every instance hears these.

create function announce_gate_change_of_user() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.user_id is not null then
        perform pg_notify('hcpress_cache', 'db|gate|' || old.user_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.user_id is not null then
        perform pg_notify('hcpress_cache', 'db|gate|' || new.user_id);
    end if;
    return null;
end
$$;

create function announce_gate_change_of_everyone() returns trigger language plpgsql as $$
begin
    perform pg_notify('hcpress_cache', 'db|gate|*');
    return null;
end
$$;

create function announce_account_change() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'app_user' then
        perform pg_notify('hcpress_cache', 'db|account|' || old.id);
    elsif tg_op = 'DELETE' then
        perform pg_notify('hcpress_cache', 'db|account|' || old.user_id);
    else
        perform pg_notify('hcpress_cache', 'db|account|' || new.user_id);
        if tg_op = 'UPDATE' then
            perform pg_notify('hcpress_cache', 'db|account|' || old.user_id);
        end if;
    end if;
    return null;
end
$$;

create function announce_session_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('hcpress_cache', 'db|session|' || trim(old.session_id));
    return null;
end
$$;

create trigger consent_event_announces after insert or update or delete on consent_event
    for each row execute function announce_gate_change_of_user();
create trigger verification_submission_announces after insert or update or delete on verification_submission
    for each row execute function announce_gate_change_of_user();
create trigger zone_questionnaire_done_announces after insert or update or delete on zone_questionnaire_done
    for each row execute function announce_gate_change_of_user();

create trigger legal_document_announces after insert or update or delete on legal_document
    for each statement execute function announce_gate_change_of_everyone();
create trigger zone_question_announces after insert or update or delete on zone_question
    for each statement execute function announce_gate_change_of_everyone();

create trigger app_user_announces after update or delete on app_user
    for each row execute function announce_account_change();
create trigger user_role_announces after insert or update or delete on user_role
    for each row execute function announce_account_change();

create trigger spring_session_deleted_announces after delete on spring_session
    for each row execute function announce_session_change();
create trigger spring_session_renamed_announces after update on spring_session
    for each row when (old.session_id is distinct from new.session_id) execute function announce_session_change();
