-- What Tesseract read on a submission's licence photo. Personal data: kept with the submission,
-- exported with it, deleted with the photo (retention) and with the account (cascade).
create table licence_reading (
    submission_id  bigint primary key references verification_submission (id) on delete cascade,
    status         varchar(16) not null check (status in ('READ', 'FAILED', 'UNAVAILABLE')),
    licence_number varchar(30),
    real_name      varchar(50),
    category       varchar(50),
    scope          varchar(50),
    millis         integer,
    read_at        timestamptz not null default now()
);

-- Submissions waiting to be read. A worker takes one with FOR UPDATE SKIP LOCKED and leases it, so
-- several instances never read the same photo at once and a crashed reader's job comes back.
create table licence_reading_job (
    submission_id bigint primary key references verification_submission (id) on delete cascade,
    attempts      integer     not null default 0,
    run_after     timestamptz not null default now(),
    leased_until  timestamptz,
    last_error    varchar(200)
);
create index licence_reading_job_due on licence_reading_job (run_after);

-- A 64-bit perceptual hash of the stored photo, to flag the same photo sent from another account;
-- cleared with the photo's bytes.
alter table licence_photo add column perceptual_hash bigint;

-- The same licence number on another account is flagged to the reviewer.
create index verification_submission_licence_number on verification_submission (licence_number);
