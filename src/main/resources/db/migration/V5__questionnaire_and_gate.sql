-- Zone questionnaires (items are data) with their answers, and when a user passed a zone's gate.

create table zone_question (
    id          bigserial primary key,
    zone_id     bigint       not null references zone (id),
    key         varchar(60)  not null check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    type        varchar(20)  not null check (type in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'FREE_TEXT')),
    required    boolean      not null,
    position    integer      not null,
    question_zh varchar(500) not null,
    question_en varchar(500) not null,
    -- one option a line: value|label_zh|label_en
    options     text         not null default '',
    unique (zone_id, key)
);

create table zone_answer (
    user_id      bigint        not null references app_user (id) on delete cascade,
    zone_id      bigint        not null references zone (id),
    question_key varchar(60)   not null,
    answer       varchar(2000) not null,
    answered_at  timestamptz   not null default now(),
    primary key (user_id, zone_id, question_key)
);

create table zone_questionnaire_done (
    user_id     bigint      not null references app_user (id) on delete cascade,
    zone_id     bigint      not null references zone (id),
    answered_at timestamptz not null default now(),
    primary key (user_id, zone_id)
);

create table gate_pass (
    user_id   bigint      not null references app_user (id) on delete cascade,
    zone_id   bigint      not null references zone (id),
    shown_at  timestamptz not null default now(),
    primary key (user_id, zone_id)
);
