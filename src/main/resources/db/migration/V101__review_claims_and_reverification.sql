-- Working the queue: opening a submission claims it for a reviewer for a while, so two reviewers
-- never decide the same one; the time from the deciding reviewer's claim to the decision is kept
-- for the dashboard.
alter table verification_submission
    add column claimed_by      bigint references app_user (id) on delete set null,
    add column claimed_at      timestamptz,
    add column claimed_until   timestamptz,
    add column decision_millis bigint check (decision_millis is null or decision_millis >= 0);

-- Re-verification: an approval ends when an administrator revokes it (with a reason), or when it
-- is older than hcpress.verification.approval-validity (computed from decided_at, so a changed
-- setting applies to every approval). reminded_at: the reader was told the end is near.
alter table verification_submission
    add column revoked_at        timestamptz,
    add column revoked_by        bigint references app_user (id) on delete set null,
    add column revocation_reason varchar(500),
    add column reminded_at       timestamptz,
    add constraint verification_submission_revocation
        check ((revoked_at is null) = (revocation_reason is null) and (revoked_at is null or status = 'APPROVED'));

create index verification_submission_approved_unreminded on verification_submission (decided_at)
    where status = 'APPROVED' and revoked_at is null and reminded_at is null;
