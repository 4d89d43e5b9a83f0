-- Per-field decisions: a reviewer marks which fields of a submission are wrong, each with a reason
-- picked from templates that administrators edit (both languages), and an optional note.

create table rejection_reason_template (
    id         bigserial primary key,
    text_zh    varchar(60)  not null check (length(btrim(text_zh)) > 0),
    text_en    varchar(120) not null check (length(btrim(text_en)) > 0),
    enabled    boolean      not null default true,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now()
);
create unique index rejection_reason_template_zh on rejection_reason_template (text_zh);

insert into rejection_reason_template (text_zh, text_en) values
    ('照片不清晰', 'The photo is not clear'),
    ('姓名与证书不一致', 'The name differs from the licence'),
    ('编码格式不对', 'The number is not in the right format'),
    ('编号与证书不一致', 'The number differs from the licence'),
    ('证书信息不全', 'The licence information is incomplete'),
    ('无法核实执业机构', 'The institution could not be verified'),
    ('所填内容与证书不符', 'What was typed differs from the licence');

-- What the applicant was told, copied from the template when the decision was made: editing or
-- disabling a template later does not change past decisions.
create table submission_field_rejection (
    submission_id bigint       not null references verification_submission (id) on delete cascade,
    field         varchar(20)  not null
        check (field in ('PROFESSION', 'REAL_NAME', 'INSTITUTION', 'DEPARTMENT', 'TITLE', 'LICENCE_NUMBER', 'PHOTO')),
    template_id   bigint references rejection_reason_template (id) on delete set null,
    reason_zh     varchar(60)  not null,
    reason_en     varchar(120) not null,
    note          varchar(200),
    primary key (submission_id, field)
);
