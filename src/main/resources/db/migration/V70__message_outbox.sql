-- Email and SMS messages, written in the transaction of the change that causes them and delivered
-- by a worker afterwards. A row is claimed with a lease (lease_until): if its instance dies while
-- delivering, the lease runs out and another claims it. HELD rows are kept for administrators to
-- read because no channel is configured (the embedded demo).

create table message_outbox (
    id              bigserial primary key,
    account_id      bigint references app_user (id) on delete cascade,
    channel         varchar(8)   not null check (channel in ('EMAIL', 'SMS')),
    address         varchar(254) not null,
    locale          varchar(20)  not null,
    template        varchar(80)  not null,
    subject         varchar(400) not null,
    body            text         not null,
    parameters      text         not null,
    category        varchar(40),
    state           varchar(8)   not null default 'QUEUED'
                    check (state in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'HELD')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    lease_until     timestamptz,
    last_error      varchar(1000),
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz,
    check ((state = 'SENT') = (sent_at is not null))
);
create index message_outbox_due on message_outbox (next_attempt_at, id) where state in ('QUEUED', 'SENDING');
create index message_outbox_account on message_outbox (account_id) where account_id is not null;
