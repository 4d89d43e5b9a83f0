-- Licence photos and HCP verification submissions. Every submission is kept, so a user's
-- history shows each attempt and its decision.

create table licence_photo (
    id            bigserial primary key,
    owner_user_id bigint      not null references app_user (id),
    content_type  varchar(40) not null check (content_type = 'image/jpeg'),
    width         integer     not null check (width > 0),
    height        integer     not null check (height > 0),
    bytes         bytea       not null,
    created_at    timestamptz not null default now(),
    deleted_at    timestamptz
);
create index licence_photo_owner on licence_photo (owner_user_id);

create table verification_submission (
    id               bigserial primary key,
    user_id          bigint       not null references app_user (id),
    profession       varchar(20)  not null
        check (profession in ('DOCTOR', 'NURSE', 'PHARMACIST', 'TECHNICIAN', 'OTHER')),
    real_name        varchar(50)  not null,
    institution      varchar(100) not null,
    department       varchar(50)  not null,
    title            varchar(50)  not null,
    licence_number   varchar(30)  not null,
    licence_photo_id bigint       not null references licence_photo (id),
    status           varchar(16)  not null check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
    submitted_at     timestamptz  not null default now(),
    decided_by       bigint references app_user (id),
    decided_at       timestamptz,
    rejection_reason varchar(500),
    version          bigint       not null default 0,
    check ((status = 'SUBMITTED') = (decided_by is null and decided_at is null)),
    check ((status = 'REJECTED') = (rejection_reason is not null)),
    check (decided_by is null or decided_by <> user_id)
);

-- The gate reads a user's latest submission on every gated request.
create index verification_submission_user_latest on verification_submission (user_id, id desc);
-- The reviewer queue: pending submissions, oldest first.
create index verification_submission_pending on verification_submission (submitted_at, id) where status = 'SUBMITTED';
-- A user has at most one submission waiting for review.
create unique index verification_submission_one_pending on verification_submission (user_id) where status = 'SUBMITTED';
