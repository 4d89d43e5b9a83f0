-- Administrators filter the audit log by action (prefix) and the consent ledger by time.

create index audit_log_action on audit_log (action text_pattern_ops, id desc);
create index consent_event_at on consent_event (at desc);
-- The reviewer dashboard reads decisions by the day they were made.
create index verification_submission_decided on verification_submission (decided_at) where decided_at is not null;
